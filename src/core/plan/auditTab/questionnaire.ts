// The questionnaire section of the audit tab: one table of answers per area that asks something.
import { t } from '../../i18n/catalog';
import { AREA_IDS, type QuestionResult } from '../../types';
import { RATING_COLORS } from '../formats';
import { wrapped, type AuditTab } from './layout';

export function questionnaire(tab: AuditTab): void {
  const first = tab.title('tab.questionnaire.title');
  // Only areas that ask something get a table (acquisition is all numbers): an empty table is noise.
  const tables = [
    ...AREA_IDS.map((id) => ({ heading: t(tab.lang, `area.${id}`), questions: tab.area(id).questions })),
    { heading: tab.tx('tab.questionnaire.process'), questions: tab.report.processQuestions ?? [] },
  ].filter((table) => table.questions.length > 0);
  if (tables.length === 0) tab.note(tab.tx('tab.questionnaire.empty'));
  for (const table of tables) questionTable(tab, table.heading, table.questions);
  tab.endBlock('questionnaire', first);
}

function questionTable(tab: AuditTab, heading: string, questions: readonly QuestionResult[]): void {
  tab.b.addRow([{ value: heading, bold: true }]);
  tab.headerRow(['tab.col.question', 'tab.col.answer', 'tab.col.note']);
  for (const question of questions) {
    tab.b.addRow([
      // A question is longer than its column; the note is last, so it overflows to the right instead.
      ...wrapped([
        question.text,
        {
          value:
            question.answer === null ? tab.tx('tab.notAnswered') : t(tab.lang, `answer.${question.answer}`),
          background: RATING_COLORS[question.rating],
        },
      ]),
      question.note === '' ? null : question.note,
    ]);
  }
}
