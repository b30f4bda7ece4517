// The questionnaire of SPEC §1.5: what no spreadsheet column can tell.
import { t, type MessageKey } from '../i18n/catalog';
import type { AreaId, Lang, QuestionArea, QuestionId, QuestionView } from '../types';

/** In the order the sidebar and the audit tab show them. */
export const QUESTIONS: readonly { id: QuestionId; area: QuestionArea }[] = [
  { id: 'q.softSkills.needsAnalysis', area: 'conversations' },
  { id: 'q.softSkills.objections', area: 'conversations' },
  { id: 'q.softSkills.closing', area: 'conversations' },
  { id: 'q.softSkills.followUpDiscipline', area: 'conversations' },
  { id: 'q.aftersales.firstLine', area: 'aftersales' },
  { id: 'q.aftersales.support', area: 'aftersales' },
  { id: 'q.aftersales.checkIn', area: 'aftersales' },
  { id: 'q.relationships.contactPlan', area: 'relationships' },
  { id: 'q.relationships.nonSalesContacts', area: 'relationships' },
  { id: 'q.relationships.crossUpSell', area: 'relationships' },
  { id: 'q.process.regularAudit', area: 'process' },
  { id: 'q.process.outsideReview', area: 'process' },
];

const AREA_BY_ID = new Map(QUESTIONS.map((question) => [question.id, question.area]));

export function isQuestionId(id: string): boolean {
  return AREA_BY_ID.has(id);
}

/**
 * The area whose score a question's answer counts in, or null. The two process questions (is the audit
 * repeated, does an outsider review it) are about the audit itself, not one of the four stages of the
 * sales process, so they are shown with the answers but count in no area score.
 */
export function scoredArea(id: QuestionId): AreaId | null {
  const area = AREA_BY_ID.get(id);
  return area === undefined || area === 'process' ? null : area;
}

export function questionText(lang: Lang, id: QuestionId): string {
  return t(lang, `settings.question.${id}` as MessageKey);
}

export function questionViews(lang: Lang): QuestionView[] {
  return QUESTIONS.map(({ id, area }) => ({ id, area, text: questionText(lang, id) }));
}
