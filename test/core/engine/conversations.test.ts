import { t } from '../../../src/core/i18n/catalog';
import { audit, d, deal, metricOf } from './fixtures';

// Today 2026-06-30. Won: days to win 10, 20, 30, 10, 30; conversations 2, 4, 6, 3, 5; values 100, 200, 300, 400,
// 1000 (W1 and W2 the same customer C1). Lost: 30, 10, 20 days. Open: ages 10, 29, 60, 180, 5.
function conversationsFixture() {
  return [
    deal({
      outcome: 'won',
      created: d('2026-01-01'),
      closed: d('2026-01-11'),
      conversations: 2,
      value: 100,
      customer: 'C1',
      owner: 'Anna',
    }),
    deal({
      outcome: 'won',
      created: d('2026-01-01'),
      closed: d('2026-01-21'),
      conversations: 4,
      value: 200,
      customer: 'C1',
      owner: 'Anna',
    }),
    deal({
      outcome: 'won',
      created: d('2026-02-01'),
      closed: d('2026-03-03'),
      conversations: 6,
      value: 300,
      customer: 'C2',
      owner: 'Anna',
    }),
    deal({
      outcome: 'won',
      created: d('2026-03-01'),
      closed: d('2026-03-11'),
      conversations: 3,
      value: 400,
      customer: 'C3',
      owner: 'Anna',
    }),
    deal({
      outcome: 'won',
      created: d('2026-04-01'),
      closed: d('2026-05-01'),
      conversations: 5,
      value: 1000,
      customer: 'C4',
      owner: 'Bob',
    }),
    deal({ outcome: 'lost', created: d('2026-01-01'), closed: d('2026-01-31'), owner: 'Anna' }),
    deal({ outcome: 'lost', created: d('2026-02-01'), closed: d('2026-02-11'), owner: 'Bob' }),
    deal({ outcome: 'lost', created: d('2026-03-01'), closed: d('2026-03-21'), owner: 'Bob' }),
    deal({ created: d('2026-06-20'), conversations: 1, name: 'Fresh', owner: 'Bob' }),
    deal({ created: d('2026-06-01'), conversations: 6, name: 'Talkative', owner: 'Bob' }),
    deal({ created: d('2026-05-01'), conversations: 2, name: 'Slow', owner: 'Bob' }),
    deal({
      created: d('2026-01-01'),
      conversations: 7,
      name: 'Ancient',
      owner: 'Bob',
      customer: 'Old Co',
      stage: 'Negotiation',
      value: 5000,
    }),
    deal({ created: d('2026-06-25'), name: 'New', owner: 'Bob' }),
  ];
}

describe('conversations metrics', () => {
  const report = audit({ deals: conversationsFixture() });

  it('measures the time to win', () => {
    // (10 + 20 + 30 + 10 + 30) ÷ 5 = 20; sorted 10,10,20,30,30 → median 20
    expect(metricOf(report, 'conversations.avgDaysToWin')).toMatchObject({
      value: 20,
      unit: 'days',
      sample: 5,
      rating: 'unrated',
    });
    expect(metricOf(report, 'conversations.medianDaysToWin')).toMatchObject({ value: 20, sample: 5 });
    expect(metricOf(report, 'conversations.avgDaysToWin').note).toBe(
      'Winning a deal takes 20 days on average from inquiry to close.',
    );
  });

  it('averages conversations per won deal', () => {
    // (2 + 4 + 6 + 3 + 5) ÷ 5 = 4
    expect(metricOf(report, 'conversations.avgConversationsPerWin')).toMatchObject({
      value: 4,
      unit: 'count',
    });
  });

  it('counts conversations per win with lost and open deals too, as the channel and owner tables do', () => {
    // won 2 + 4 + 6 + 3 + 5 = 20, lost none written, open 1 + 6 + 2 + 7 = 16 → 36 ÷ 5 wins = 7.2
    expect(metricOf(report, 'conversations.conversationsPerWin')).toMatchObject({
      value: 7.2,
      unit: 'count',
      sample: 5,
      rating: 'unrated',
      note: 'Counting the conversations on lost and open deals too, there are 7.2 conversations per win (all conversations: 36, wins: 5).',
    });
    // The owner table's definition: Anna 2 + 4 + 6 + 3 = 15 ÷ 4 wins; Bob 5 + 16 = 21 ÷ 1 win.
    expect(report.owners.map((row) => [row.owner, row.conversationsPerWin])).toEqual([
      ['Bob', 21],
      ['Anna', 3.75],
    ]);
  });

  it('has no conversations per win without wins, without counts, or without the column', () => {
    const noWins = audit({
      deals: [deal({ conversations: 3 }), deal({ outcome: 'lost', conversations: 2 })],
    });
    expect(metricOf(noWins, 'conversations.conversationsPerWin')).toMatchObject({
      value: null,
      rating: 'insufficient',
    });
    const blank = audit({ deals: [deal({ outcome: 'won' }), deal({ outcome: 'lost' })] });
    expect(metricOf(blank, 'conversations.conversationsPerWin').value).toBeNull();
    const noColumn = audit({
      deals: [deal({ outcome: 'won', conversations: 2 })],
      missing: { deals: ['conversations'] },
    });
    expect(metricOf(noColumn, 'conversations.conversationsPerWin')).toMatchObject({
      rating: 'nodata',
      note: 'Add a "Conversations" column to the Deals tab to see this.',
    });
  });

  it('labels the two conversations-per-win figures so they cannot be mistaken', () => {
    expect(t('en', 'metric.conversations.avgConversationsPerWin')).toBe(
      'Conversations per win, in the won deal only',
    );
    expect(t('en', 'metric.conversations.conversationsPerWin')).toBe(
      'Conversations per win, lost deals included',
    );
    expect(t('pl', 'metric.conversations.avgConversationsPerWin')).toBe(
      'Rozmowy na jedną wygraną, tylko w wygranej transakcji',
    );
    expect(t('pl', 'metric.conversations.conversationsPerWin')).toBe(
      'Rozmowy na jedną wygraną, łącznie z przegranymi',
    );
    // The channel and salespeople tables' column is the same figure per channel / person: same words.
    for (const lang of ['en', 'pl'] as const) {
      expect(t(lang, 'tab.col.conversationsPerWin')).toBe(
        t(lang, 'metric.conversations.conversationsPerWin'),
      );
    }
  });

  it('measures won deal values and CLV', () => {
    // (100 + 200 + 300 + 400 + 1000) ÷ 5 = 400; median 300
    expect(metricOf(report, 'conversations.avgDealValue')).toMatchObject({ value: 400, unit: 'currency' });
    expect(metricOf(report, 'conversations.medianDealValue').value).toBe(300);
    // C1 100 + 200 = 300, C2 300, C3 400, C4 1000 → 2000 ÷ 4 customers = 500; 4 < minSample 5
    expect(metricOf(report, 'conversations.avgClv')).toMatchObject({
      value: 500,
      sample: 4,
      rating: 'insufficient',
    });
    expect(metricOf(report, 'conversations.avgClv').note).toBe(
      'A customer has brought $500 on average so far (revenue-based) — based on only 4 customers; at least 5 are needed to rate it.',
    );
  });

  it('applies the gross margin to CLV', () => {
    // 500 × 40%
    const withMargin = audit({ deals: conversationsFixture() }, { marginPct: 40 });
    expect(metricOf(withMargin, 'conversations.avgClv').value).toBe(200);
  });

  it('measures time in the funnel for closed and open deals', () => {
    // closed: (10 + 20 + 30 + 10 + 30 + 30 + 10 + 20) ÷ 8 = 20
    expect(metricOf(report, 'conversations.avgDaysInFunnel')).toMatchObject({ value: 20, sample: 8 });
    // open: (10 + 29 + 60 + 180 + 5) ÷ 5 = 56.8
    expect(metricOf(report, 'conversations.avgOpenDealAgeDays')).toMatchObject({ value: 56.8, sample: 5 });
  });

  it('finds stale open deals by age and by conversations', () => {
    // age limit 2 × median 20 = 40 days; conversations limit PERCENTILE.INC(2,3,4,5,6; 0.75) = 5
    // stale: Ancient (180 days, 7 conv.), Slow (60 days), Talkative (6 conv.) → 3 ÷ 5 = 0.6 → red (> 25%)
    expect(metricOf(report, 'conversations.staleOpenShare')).toMatchObject({
      value: 0.6,
      rating: 'red',
      target: '≤ 10%',
    });
    expect(report.staleDeals).toEqual([
      {
        row: expect.any(Number),
        id: null,
        name: 'Ancient',
        owner: 'Bob',
        channel: null,
        ageDays: 180,
        conversations: 7,
        reason:
          'Open for 180 days, over twice the median time to win (20 days); 7 conversations, more than 3 in 4 won deals needed (5)',
        customer: 'Old Co',
        stage: 'Negotiation',
        value: 5000,
        created: '2026-01-01',
      },
      expect.objectContaining({
        name: 'Slow',
        ageDays: 60,
        customer: null,
        stage: 'Proposal',
        value: null,
        created: '2026-05-01',
        reason: 'Open for 60 days, over twice the median time to win (20 days)',
      }),
      expect.objectContaining({
        name: 'Talkative',
        ageDays: 29,
        reason: '6 conversations, more than 3 in 4 won deals needed (5)',
      }),
    ]);
  });

  it('computes the win rate and sales velocity', () => {
    // 5 won ÷ 8 closed = 0.625 → green (≥ 25%)
    expect(metricOf(report, 'conversations.winRate')).toMatchObject({
      value: 0.625,
      rating: 'green',
      sample: 8,
    });
    expect(metricOf(report, 'conversations.winRate').note).toBe('62.5% of closed deals are won (5 of 8).');
    // 5 open × 0.625 × 400 ÷ 20 days = 62.5 per day
    expect(metricOf(report, 'conversations.salesVelocity')).toMatchObject({
      value: 62.5,
      unit: 'currencyPerDay',
    });
  });

  it('rates against a target the user set for an otherwise unrated metric', () => {
    const targeted = audit(
      { deals: conversationsFixture() },
      { targets: { 'conversations.avgDaysToWin': { direction: 'lower', green: 14, amber: 30 } } },
    );
    // 20 days: over 14, within 30 → amber
    expect(metricOf(targeted, 'conversations.avgDaysToWin')).toMatchObject({
      rating: 'amber',
      target: '≤ 14 days',
    });
  });

  it('carries the previous value of each metric', () => {
    const withPrevious = audit(
      { deals: conversationsFixture() },
      {},
      {
        previous: {
          generatedAt: '2026-05-31T09:00:00.000Z',
          overall: 50,
          areas: { conversations: 40 },
          metrics: { 'conversations.winRate': 0.5 },
        },
      },
    );
    expect(metricOf(withPrevious, 'conversations.winRate').previous).toBe(0.5);
    expect(metricOf(withPrevious, 'conversations.avgDaysToWin').previous).toBeNull();
    expect(withPrevious.areas[1].previousScore).toBe(40);
    expect(withPrevious.areas[0].previousScore).toBeNull();
    expect(withPrevious.overall.previousScore).toBe(50);
    expect(metricOf(report, 'conversations.winRate')).not.toHaveProperty('previous');
  });
});

describe('conversations edge cases', () => {
  it('leaves every won-deal metric empty when nothing is won', () => {
    const report = audit({
      deals: [
        deal({ outcome: 'lost', closed: d('2026-01-10') }),
        deal({ outcome: 'lost', closed: d('2026-01-20') }),
        deal({}),
      ],
    });
    for (const id of [
      'conversations.avgDaysToWin',
      'conversations.medianDaysToWin',
      'conversations.avgDealValue',
      'conversations.avgClv',
      'conversations.salesVelocity',
      'conversations.staleOpenShare',
    ]) {
      expect(metricOf(report, id)).toMatchObject({ value: null, rating: 'insufficient' });
    }
    // 0 won ÷ 2 closed
    expect(metricOf(report, 'conversations.winRate')).toMatchObject({ value: 0, rating: 'insufficient' });
  });

  it('has no win rate when nothing is closed', () => {
    const report = audit({ deals: [deal({}), deal({})] });
    expect(metricOf(report, 'conversations.winRate')).toMatchObject({
      value: null,
      rating: 'insufficient',
      note: 'Nothing in the audit period to compute this from yet.',
    });
    expect(metricOf(report, 'conversations.avgDaysInFunnel').value).toBeNull();
    expect(metricOf(report, 'conversations.avgOpenDealAgeDays').value).toBe(180);
  });

  it('rates cycle metrics no data without a closed column', () => {
    const report = audit({
      deals: [deal({ outcome: 'won' })],
      missing: { deals: ['closed', 'conversations'] },
    });
    expect(metricOf(report, 'conversations.avgDaysToWin')).toMatchObject({
      rating: 'nodata',
      note: 'Add a "Closed" column to the Deals tab to see this.',
    });
    expect(metricOf(report, 'conversations.staleOpenShare').rating).toBe('nodata');
  });

  it('finds stale deals by conversations alone when there is no closed column', () => {
    const report = audit({
      deals: [
        ...[1, 2, 3, 4, 5].map((n) => deal({ outcome: 'won', conversations: n })),
        ...[1, 2, 3, 4, 9].map((n) => deal({ conversations: n })),
      ],
      missing: { deals: ['closed'] },
    });
    // P75 of 1..5 = 4 → only the open deal with 9 conversations is stale: 1 ÷ 5
    expect(metricOf(report, 'conversations.staleOpenShare')).toMatchObject({ value: 0.2, rating: 'amber' });
  });
});
