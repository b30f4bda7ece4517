import { audit, d, deal, many } from './fixtures';

const won = (owner: string, days: number) =>
  deal({
    owner,
    outcome: 'won',
    created: d('2026-01-01'),
    closed: d('2026-01-01') + days,
    value: 100,
    conversations: 2,
  });
const lost = (owner: string) => deal({ owner, outcome: 'lost', closed: d('2026-01-05') });

describe('owner table', () => {
  // Anna 5 won in 10 days; Bob 1 won in 40 days + 4 lost; Carl 2 lost.
  // Team: win rate 6 ÷ 12 = 0.5; days to win (5 × 10 + 40) ÷ 6 = 15.
  const report = audit({
    deals: [
      ...[1, 2, 3, 4, 5].map(() => won('Anna', 10)),
      won('Bob', 40),
      ...[1, 2, 3, 4].map(() => lost('Bob')),
      lost('Carl'),
      lost('Carl'),
    ],
  });

  it('fills a row per salesperson', () => {
    expect(report.owners.map((row) => row.owner)).toEqual(['Anna', 'Bob', 'Carl']);
    expect(report.owners[0]).toEqual({
      owner: 'Anna',
      deals: 5,
      won: 5,
      lost: 0,
      winRate: 1,
      avgDaysToWin: 10,
      conversationsPerWin: 2, // 10 conversations ÷ 5 wins
      avgDealValue: 100,
      flags: [],
    });
  });

  it('flags a low win rate and slow wins against the team', () => {
    // Bob: 1 ÷ 5 = 0.2 < 0.6 × 0.5 = 0.3; 40 days > 1.5 × 15 = 22.5
    expect(report.owners[1].flags).toEqual([
      'Win rate 20% against 50% for the team: work on needs analysis and closing',
      'Wins take 40 days against 15 days for the team: agree a next step at every meeting',
    ]);
  });

  it('does not flag an owner with fewer closed deals than minSample', () => {
    // Carl: 0 of 2 closed won, but 2 < 5 closed deals
    expect(report.owners[2]).toMatchObject({
      winRate: 0,
      avgDaysToWin: null,
      conversationsPerWin: null,
      flags: [],
    });
  });

  it('never flags a single owner against themselves', () => {
    const solo = audit({
      deals: [...many(3, { owner: 'Ola', outcome: 'won' }), ...many(7, { owner: 'Ola', outcome: 'lost' })],
    });
    expect(solo.owners).toHaveLength(1);
    expect(solo.owners[0]).toMatchObject({ owner: 'Ola', deals: 10, winRate: 0.3, flags: [] });
  });

  it('groups owners case-insensitively and names deals without an owner', () => {
    const mixed = audit({ deals: [deal({ owner: 'Anna' }), deal({ owner: ' anna' }), deal({})] });
    expect(mixed.owners.map((row) => [row.owner, row.deals])).toEqual([
      ['Anna', 2],
      ['(no owner)', 1],
    ]);
  });

  it('is empty without an owner column', () => {
    expect(audit({ deals: many(3), missing: { deals: ['owner'] } }).owners).toEqual([]);
  });
});

describe('owners without conversation counts', () => {
  it('leaves conversations per win empty for an owner whose deals have no count', () => {
    const report = audit({
      deals: [
        deal({ owner: 'Ann', outcome: 'won', conversations: 3 }),
        deal({ owner: 'Ann', outcome: 'won', conversations: 5 }),
        deal({ owner: 'Bob', outcome: 'won' }),
      ],
    });
    expect(report.owners.map((row) => [row.owner, row.conversationsPerWin])).toEqual([
      ['Ann', 4],
      ['Bob', null],
    ]);
  });
});

describe('deals without an owner', () => {
  it('shows them in a row of their own but gives nobody coaching advice for them', () => {
    // Team 5 won of 10 closed; the 5 unassigned deals are all lost: a 0% win rate, but no salesperson's
    const report = audit({
      deals: [...[1, 2, 3, 4, 5].map(() => won('Anna', 10)), ...many(5, { outcome: 'lost' })],
    });
    expect(report.owners.map((row) => [row.owner, row.winRate, row.flags])).toEqual([
      ['(no owner)', 0, []],
      ['Anna', 1, []],
    ]);
  });
});
