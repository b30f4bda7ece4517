// The Questionnaire view: what no column can tell, answered Yes / Partly / No / N/A with a note.
import type { SidebarState } from '../../src/core/server-api';
import type { QuestionArea, QuestionView } from '../../src/core/types';
import type { Answer, QuestionAnswer, QuestionId } from '../../src/core/types';
import { updateState } from '../actions';
import { h } from '../dom';
import { tr } from '../i18n';

const ANSWERS: Answer[] = ['yes', 'partly', 'no', 'na'];
const AREAS: QuestionArea[] = ['conversations', 'aftersales', 'relationships', 'process'];

function areaTitle(area: QuestionArea): string {
  return area === 'process' ? tr('settings.questions.process') : tr(`area.${area}`);
}

interface QuestionInputs {
  id: QuestionId;
  radios: HTMLInputElement[];
  note: HTMLTextAreaElement;
}

function questionFieldset(
  question: QuestionView,
  index: number,
  saved: QuestionAnswer | undefined,
): {
  element: HTMLElement;
  inputs: QuestionInputs;
} {
  // Radio names use the position, not the id: ids are data and only need to reach the server.
  const name = `answer-${index}`;
  const radios = ANSWERS.map((answer) =>
    h('input', { type: 'radio', name, value: answer, checked: saved?.answer === answer }),
  );
  const note = h('textarea', {
    className: 'answer-note',
    rows: 2,
    maxLength: 500,
    value: saved?.note ?? '',
    placeholder: tr('sidebar.questionnaire.note'),
    attrs: { 'aria-label': tr('sidebar.questionnaire.note') },
  });
  const element = h(
    'fieldset',
    { className: 'question', attrs: { 'data-question': question.id } },
    h('legend', null, question.text),
    h(
      'div',
      { className: 'answers' },
      ...radios.map((radio, position) =>
        h('label', { className: 'inline' }, radio, tr(`answer.${ANSWERS[position]}`)),
      ),
    ),
    note,
  );
  return { element, inputs: { id: question.id, radios, note } };
}

function collectAnswers(inputs: QuestionInputs[]): Record<QuestionId, QuestionAnswer> {
  const answers: Record<QuestionId, QuestionAnswer> = {};
  for (const { id, radios, note } of inputs) {
    const checked = radios.find((radio) => radio.checked);
    answers[id] = { answer: checked ? (checked.value as Answer) : null, note: note.value.trim() };
  }
  return answers;
}

export function questionnaireView(state: SidebarState): HTMLElement {
  if (!state.questions.length) {
    return h(
      'div',
      { className: 'view' },
      h('p', { className: 'secondary' }, tr('sidebar.questionnaire.none')),
    );
  }
  const inputs: QuestionInputs[] = [];
  const sections = AREAS.map((area) => {
    const fieldsets = state.questions
      .map((question, index) => ({ question, index }))
      .filter(({ question }) => question.area === area)
      .map(({ question, index }) => {
        const built = questionFieldset(question, index, state.settings.answers[question.id]);
        inputs.push(built.inputs);
        return built.element;
      });
    return fieldsets.length
      ? h('section', { className: 'block' }, h('h3', null, areaTitle(area)), ...fieldsets)
      : null;
  });
  const save: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      className: 'action',
      id: 'save-answers',
      onclick: () =>
        updateState(
          save,
          'sidebar.questionnaire.saving',
          'sidebar.questionnaire.saved',
          'sidebarSaveAnswers',
          collectAnswers(inputs),
        ),
    },
    tr('sidebar.questionnaire.save'),
  );
  return h(
    'div',
    { className: 'view questionnaire-view' },
    h('p', { className: 'secondary' }, tr('sidebar.questionnaire.intro')),
    ...sections,
    h('div', { className: 'buttons' }, save),
  );
}
