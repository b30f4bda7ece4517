import { hasMessage } from '../../../src/core/i18n/catalog';
import { isQuestionId, QUESTIONS, questionViews, scoredArea } from '../../../src/core/settings/questions';

describe('questionnaire', () => {
  it('has the twelve items of SPEC §1.5 with stable ids', () => {
    expect(QUESTIONS.map((question) => question.id)).toEqual([
      'q.softSkills.needsAnalysis',
      'q.softSkills.objections',
      'q.softSkills.closing',
      'q.softSkills.followUpDiscipline',
      'q.aftersales.firstLine',
      'q.aftersales.support',
      'q.aftersales.checkIn',
      'q.relationships.contactPlan',
      'q.relationships.nonSalesContacts',
      'q.relationships.crossUpSell',
      'q.process.regularAudit',
      'q.process.outsideReview',
    ]);
    for (const { id } of QUESTIONS) expect(hasMessage(`settings.question.${id}`)).toBe(true);
  });

  it('counts soft skills in conversations and process questions in no area', () => {
    expect(scoredArea('q.softSkills.closing')).toBe('conversations');
    expect(scoredArea('q.aftersales.support')).toBe('aftersales');
    expect(scoredArea('q.relationships.crossUpSell')).toBe('relationships');
    expect(scoredArea('q.process.regularAudit')).toBeNull();
    expect(scoredArea('q.unknown')).toBeNull();
    expect(isQuestionId('q.process.outsideReview')).toBe(true);
    expect(isQuestionId('q.unknown')).toBe(false);
  });

  it('words the questions in English and in Polish', () => {
    const en = questionViews('en');
    const pl = questionViews('pl');
    expect(en[10]).toEqual({
      id: 'q.process.regularAudit',
      area: 'process',
      text: 'Do we repeat this audit of the sales process regularly ourselves?',
    });
    expect(pl[9]).toEqual({
      id: 'q.relationships.crossUpSell',
      area: 'relationships',
      text: 'Czy aktywnie proponujemy obecnym klientom sprzedaż krzyżową i dosprzedaż?',
    });
    expect(new Set(pl.map((view) => view.text)).size).toBe(12);
    pl.forEach((view, index) => expect(view.text).not.toBe(en[index].text));
  });
});
