import { areaScore, overallScore, questionResults, scoreRating } from '../../../src/core/engine/scoring';
import type { AreaResult, DealField, MetricResult, Rating } from '../../../src/core/types';
import { audit, cost, d, deal, many, metricOf } from './fixtures';

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

describe('the channel table in the acquisition score', () => {
  const closed = { created: d('2026-06-01'), closed: d('2026-06-11'), value: 1000 };
  // Each won deal without a customer is a new customer worth 1000.
  const deals = [
    // Ads: 6 of 10, cost 600 → CAC 100, LTV:CAC 10 → strengthen
    ...many(6, { ...closed, outcome: 'won', channel: 'Ads' }),
    ...many(4, { ...closed, outcome: 'lost', channel: 'Ads' }),
    // Cold: 1 of 10, cost 5000 → LTV:CAC 0.2 → drop
    ...many(1, { ...closed, outcome: 'won', channel: 'Cold' }),
    ...many(9, { ...closed, outcome: 'lost', channel: 'Cold' }),
    // Fair: 6 of 20, cost 1200 → CAC 200, LTV:CAC 5, conversion 30% ≥ 0.8 × 15/47 → strengthen
    ...many(6, { ...closed, outcome: 'won', channel: 'Fair' }),
    ...many(14, { ...closed, outcome: 'lost', channel: 'Fair' }),
    // Tiny: 3 closed, no cost → not enough data; its leads weigh nothing
    ...many(2, { ...closed, outcome: 'won', channel: 'Tiny' }),
    ...many(1, { ...closed, outcome: 'lost', channel: 'Tiny' }),
    // No channel: shown, weighs nothing
    ...many(4, { created: d('2026-06-20') }),
  ];
  const costs = [cost('Ads', 600), cost('Cold', 5000), cost('Fair', 1200)];
  const missing = { deals: ['conversations', 'owner'] as DealField[], customers: 'tab' as const };

  it('enters the mean as one item with its leads-weighted verdict points', () => {
    const report = audit({ deals, costs, missing });
    expect(report.channels.map((row) => [row.channel, row.verdict])).toEqual([
      ['Fair', 'strengthen'],
      ['Ads', 'strengthen'],
      ['Cold', 'drop'],
      ['(no channel)', 'insufficient'],
      ['Tiny', 'insufficient'],
    ]);
    const area = report.areas[0];
    // (20 × 100 + 10 × 100 + 10 × 0) ÷ 40 leads = 75
    expect(area.tables).toEqual([{ id: 'channels', points: 75, rating: 'green' }]);
    // Blended LTV:CAC = 1000 ÷ (6800 ÷ 15) = 2.2 → amber 50; with the table (50 + 75) ÷ 2 = 62.5
    expect(metricOf(report, 'acquisition.ltvToCac').rating).toBe('amber');
    expect(area).toMatchObject({ id: 'acquisition', score: 62.5, rating: 'amber' });
    expect(area.attention).toEqual([{ kind: 'channel', subject: 'Cold' }]);
  });

  it('is unrated, and out of the mean, when no channel has an LTV:CAC', () => {
    const report = audit({ deals, missing: { ...missing, channels: 'tab' } });
    expect(report.channels.find((row) => row.channel === 'Cold')?.verdict).toBe('modify');
    expect(report.areas[0]).toMatchObject({
      score: null,
      rating: 'nodata',
      tables: [{ id: 'channels', points: null, rating: 'unrated' }],
      attention: [],
    });
  });

  it('is unrated without a channel column', () => {
    const report = audit({ deals, costs, missing: { ...missing, deals: [...missing.deals, 'channel'] } });
    expect(report.areas[0].tables).toEqual([{ id: 'channels', points: null, rating: 'unrated' }]);
    // Only the blended LTV:CAC is rated: amber.
    expect(report.areas[0].score).toBe(50);
  });
});

describe('the salespeople table in the conversations score', () => {
  const closed = { created: d('2026-06-01'), closed: d('2026-06-11'), value: 1000 };
  const deals = [
    ...many(5, { ...closed, outcome: 'won', owner: 'Ann' }),
    ...many(5, { ...closed, outcome: 'lost', owner: 'Ann' }),
    ...many(1, { ...closed, outcome: 'won', owner: 'Bob' }),
    ...many(9, { ...closed, outcome: 'lost', owner: 'Bob' }),
    // Cid: 2 closed deals, fewer than minSample: does not count
    ...many(1, { ...closed, outcome: 'won', owner: 'Cid' }),
    ...many(1, { ...closed, outcome: 'lost', owner: 'Cid' }),
    // Unassigned deals never count
    ...many(5, { ...closed, outcome: 'won' }),
    ...many(5, { ...closed, outcome: 'lost' }),
  ];
  const missing = { deals: ['conversations', 'channel'] as DealField[], customers: 'tab' as const };

  it('enters the mean as the share of qualifying salespeople without a flag', () => {
    const report = audit({ deals, missing });
    // Team win rate 12 ÷ 32 = 37.5 %; Bob 10 % < 0.6 × 37.5 % → flagged; Ann 50 % is not.
    expect(report.owners.map((row) => [row.owner, row.flags.length])).toEqual([
      ['(no owner)', 0],
      ['Ann', 0],
      ['Bob', 1],
      ['Cid', 0],
    ]);
    const area = report.areas[1];
    expect(area.tables).toEqual([{ id: 'owners', points: 50, rating: 'amber' }]);
    // Win rate 37.5 % green 100 + table 50 → 75; the stale share has no open deal to rate.
    expect(area).toMatchObject({ id: 'conversations', score: 75, rating: 'green' });
    expect(area.attention).toEqual([{ kind: 'owner', subject: 'Bob' }]);
  });

  it('is unrated when no salesperson has minSample closed deals', () => {
    const report = audit({ deals, missing }, { minSample: 11 });
    expect(report.areas[1].tables).toEqual([{ id: 'owners', points: null, rating: 'unrated' }]);
  });

  it('is unrated without an owner column', () => {
    const report = audit({ deals, missing: { ...missing, deals: [...missing.deals, 'owner'] } });
    expect(report.areas[1]).toMatchObject({
      tables: [{ id: 'owners', points: null, rating: 'unrated' }],
      score: 100,
      attention: [],
    });
  });
});

describe('attention', () => {
  it('names red metrics and questions answered No, whatever the colour of the area', () => {
    const report = audit(
      {
        // Win rate 1 of 10 = 10 % → red; nothing else in the area is rated.
        deals: [
          ...many(1, { outcome: 'won', created: d('2026-06-01'), closed: d('2026-06-11') }),
          ...many(9, { outcome: 'lost', created: d('2026-06-01'), closed: d('2026-06-11') }),
        ],
        missing: { deals: ['conversations', 'owner'], customers: 'tab' },
      },
      {
        answers: {
          'q.softSkills.closing': { answer: 'no', note: '' },
          'q.softSkills.objections': { answer: 'yes', note: '' },
          'q.softSkills.needsAnalysis': { answer: 'yes', note: '' },
          'q.softSkills.followUpDiscipline': { answer: 'yes', note: '' },
        },
      },
      {
        questions: [
          { id: 'q.softSkills.closing', area: 'conversations', text: 'Closing' },
          { id: 'q.softSkills.objections', area: 'conversations', text: 'Objections' },
          { id: 'q.softSkills.needsAnalysis', area: 'conversations', text: 'Needs' },
          { id: 'q.softSkills.followUpDiscipline', area: 'conversations', text: 'Follow-up' },
        ],
      },
    );
    const area = report.areas[1];
    // red 0 + No 0 + Yes 100 × 3 → 300 ÷ 5 = 60: amber, with two red items named
    expect(area).toMatchObject({ score: 60, rating: 'amber' });
    expect(area.attention).toEqual([
      { kind: 'metric', subject: 'conversations.winRate' },
      { kind: 'question', subject: 'q.softSkills.closing' },
    ]);
  });

  it('leaves no area green with a red item it does not name', () => {
    const closed = { created: d('2026-06-01'), closed: d('2026-06-11'), value: 1000 };
    const report = audit({
      deals: [
        ...many(30, { ...closed, outcome: 'won', channel: 'Ads', owner: 'Ann' }),
        ...many(10, { ...closed, outcome: 'lost', channel: 'Ads', owner: 'Ann' }),
        ...many(1, { ...closed, outcome: 'won', channel: 'Cold', owner: 'Bob' }),
        ...many(9, { ...closed, outcome: 'lost', channel: 'Cold', owner: 'Bob' }),
      ],
      costs: [cost('Ads', 3000), cost('Cold', 9000)],
    });
    for (const area of report.areas) {
      const named = new Set(area.attention.map((item) => item.subject));
      const redItems = [
        ...area.metrics.filter((item) => item.rating === 'red').map((item) => item.id),
        ...area.questions.filter((item) => item.rating === 'red').map((item) => item.id),
      ];
      for (const id of redItems) expect(named).toContain(id);
      if (area.tables.some((table) => table.rating === 'red'))
        expect(area.attention.length).toBeGreaterThan(0);
    }
    // Acquisition: the table (40 × 100 + 10 × 0) ÷ 50 = 80 is green, LTV:CAC 31 ÷ 12000 × 1000 = 2.6 amber:
    // (80 + 50) ÷ 2 = 65 amber, and Cold is named.
    expect(report.areas[0]).toMatchObject({
      score: 65,
      rating: 'amber',
      attention: [{ kind: 'channel', subject: 'Cold' }],
    });
    expect(report.areas[1].attention).toEqual([{ kind: 'owner', subject: 'Bob' }]);
  });
});
