import { areaScore, overallScore, questionResults, scoreRating } from '../../../src/core/engine/scoring';
import type { AreaResult, MetricResult, Rating } from '../../../src/core/types';
import { audit, d, deal, many, metricOf } from './fixtures';

const rated = (rating: Rating): MetricResult => ({
  id: `m.${rating}`,
  value: 1,
  unit: 'ratio',
  rating,
  target: null,
  sample: 10,
  note: null,
});

describe('area score', () => {
  it('averages rated metrics and answered questions, skipping grey and unrated items', () => {
    const questions = questionResults(
      [
        { id: 'q.a', text: 'A' },
        { id: 'q.b', text: 'B' },
        { id: 'q.c', text: 'C' },
        { id: 'q.d', text: 'D' },
      ],
      {
        'q.a': { answer: 'yes', note: 'weekly' },
        'q.b': { answer: 'partly', note: '' },
        'q.c': { answer: 'na', note: '' },
      },
    );
    expect(questions.map((question) => [question.answer, question.rating, question.note])).toEqual([
      ['yes', 'green', 'weekly'],
      ['partly', 'amber', ''],
      ['na', 'unrated', ''],
      [null, 'nodata', ''],
    ]);
    const metrics = ['green', 'amber', 'red', 'unrated', 'nodata', 'insufficient'].map((r) =>
      rated(r as Rating),
    );
    // metrics 100 + 50 + 0, questions Yes 100 + Partly 50 → 300 ÷ 5 = 60
    expect(areaScore(metrics, questions)).toBe(60);
  });

  it('is null when nothing is rated', () => {
    expect(areaScore([rated('unrated'), rated('nodata')], [])).toBeNull();
  });

  it('rates scores green from 70, amber from 40', () => {
    expect([70, 69.9, 40, 39.9, 0, 100].map(scoreRating)).toEqual([
      'green',
      'amber',
      'amber',
      'red',
      'red',
      'green',
    ]);
    expect(scoreRating(null)).toBe('nodata');
  });

  it('averages only the areas with a score', () => {
    const area = (score: number | null) => ({ score }) as AreaResult;
    // (80 + 50) ÷ 2 = 65
    expect(overallScore([area(80), area(null), area(50), area(null)])).toBe(65);
    expect(overallScore([area(null)])).toBeNull();
  });
});

describe('scores in the report', () => {
  // 5 won, 5 lost: win rate 50% → green; stale share 0 of 5 open → green; conversation questions: No, Partly.
  const report = audit(
    {
      deals: [
        ...many(5, { outcome: 'won', created: d('2026-06-01'), closed: d('2026-06-11') }),
        ...many(5, { outcome: 'lost', created: d('2026-06-01'), closed: d('2026-06-11') }),
        ...many(5, { created: d('2026-06-25') }),
      ],
      missing: { channels: 'tab', customers: 'tab', deals: ['followUp', 'customer', 'value'] },
    },
    {
      answers: {
        'q.softSkills.closing': { answer: 'no', note: '' },
        'q.softSkills.objections': { answer: 'partly', note: 'role-play monthly' },
        'q.process.regularAudit': { answer: 'yes', note: '' },
      },
    },
    {
      questions: [
        { id: 'q.softSkills.closing', area: 'conversations', text: 'Closing' },
        { id: 'q.softSkills.objections', area: 'conversations', text: 'Objections' },
        { id: 'q.process.regularAudit', area: 'process', text: 'Regular audit' },
      ],
    },
  );

  it('scores the conversations area from its metrics and questions', () => {
    expect(metricOf(report, 'conversations.winRate').rating).toBe('green');
    expect(metricOf(report, 'conversations.staleOpenShare')).toMatchObject({ value: 0, rating: 'green' });
    const area = report.areas.find((item) => item.id === 'conversations');
    // green 100 + green 100 + No 0 + Partly 50 → 250 ÷ 4 = 62.5 → amber
    expect(area).toMatchObject({ score: 62.5, rating: 'amber' });
    expect(area?.questions.map((question) => question.id)).toEqual([
      'q.softSkills.closing',
      'q.softSkills.objections',
    ]);
  });

  it('leaves areas with nothing rated grey and out of the overall score', () => {
    expect(report.areas.map((area) => [area.id, area.score, area.rating])).toEqual([
      ['acquisition', null, 'nodata'],
      ['conversations', 62.5, 'amber'],
      ['aftersales', null, 'nodata'],
      ['relationships', null, 'nodata'],
    ]);
    expect(report.overall).toEqual({ score: 62.5, rating: 'amber' });
  });

  it('shows the process questions apart, in no area score', () => {
    expect(report.processQuestions).toEqual([
      { id: 'q.process.regularAudit', text: 'Regular audit', answer: 'yes', note: '', rating: 'green' },
    ]);
  });

  it('scores an empty spreadsheet as nothing rated', () => {
    const empty = audit({ deals: [deal({})] });
    expect(empty.overall).toEqual({ score: null, rating: 'nodata' });
  });
});
