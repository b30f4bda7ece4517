// SPEC §1.7 movement, every figure worked out by hand from the snapshots and deals below.
import { keyDeals } from '../../../src/core/movement/dealKey';
import { computeMovement, STUCK_FALLBACK_DAYS } from '../../../src/core/movement/movement';
import type { SnapshotRow, SnapshotRun } from '../../../src/core/movement/snapshot';
import type { Deal } from '../../../src/core/types';
import { d, deal } from '../engine/fixtures';

const TODAY = d('2026-06-30');
const ORDER = ['qualified', 'proposal', 'negotiation'];
const rank = (stage: string) => {
  const place = ORDER.indexOf(stage.trim().toLowerCase());
  return place < 0 ? null : place;
};
const keyed = (deals: Deal[]) => keyDeals(deals, { lang: 'en', tab: 'Deals', idColumn: 'ID' });

function row(key: string, stage: string, expectedClose: string | null = null): SnapshotRow {
  return {
    key: `id:${key.toLowerCase()}`,
    stage,
    value: 1000,
    expectedClose: expectedClose === null ? null : d(expectedClose),
    owner: 'Ann',
  };
}
function run(day: string, rows: SnapshotRow[]): SnapshotRun {
  return { at: `${day}T12:00:00+02:00`, day: d(day), rows };
}

const open = (id: string, stage: string, created: string, expectedClose: string | null = null) =>
  deal({
    id,
    stage,
    created: d(created),
    expectedClose: expectedClose === null ? null : d(expectedClose),
    owner: 'Ann',
  });

describe('computeMovement', () => {
  const deals = [
    open('A1', 'Proposal', '2026-04-01'),
    open('B1', 'Proposal', '2026-04-01'),
    deal({ id: 'C1', outcome: 'won', created: d('2026-03-01') }),
    deal({ id: 'D1', outcome: 'lost', created: d('2026-03-01') }),
    open('F1', 'Qualified', '2026-05-01'),
    open('G1', 'Proposal', '2026-03-02', '2026-07-15'),
    open('H1', 'Proposal', '2026-01-01', '2026-06-30'),
    open('N1', 'Qualified', '2026-06-10'),
    open('R1', 'Negotiation', '2026-03-01'),
    open('P1', 'Proposal', '2026-05-20', '2026-06-01'),
  ];
  const runs = [
    run('2026-04-30', [row('A1', 'Qualified'), row('G1', 'Proposal'), row('H1', 'Proposal')]),
    run('2026-05-31', [
      row('A1', 'Qualified'),
      row('B1', 'Negotiation'),
      row('C1', 'Proposal'),
      row('D1', 'Proposal'),
      row('E1', 'Qualified'),
      row('F1', 'Discovery'),
      row('G1', 'Proposal', '2026-06-15'),
      row('H1', 'Proposal', '2026-06-30'),
      row('P1', 'Proposal', '2026-07-01'),
    ]),
  ];

  it('counts every kind of move against the latest snapshot from an earlier day', () => {
    const movement = computeMovement(keyed(deals), runs, { today: TODAY, rank, minSample: 5 })!;
    expect(movement).toMatchObject({
      since: '2026-05-31T12:00:00+02:00',
      compared: 9,
      won: 1,
      lost: 1,
      removed: 1,
      advanced: 1,
      movedBack: 1,
      changedStage: 1,
      unchanged: 3,
      slipped: 1,
      stuck: 2,
      newDeals: 1,
      reopened: 1,
    });
    // The four stage figures add up to the deals open in both: A1, B1, F1, G1, H1, P1.
    expect(movement.advanced + movement.movedBack + movement.changedStage + movement.unchanged).toBe(6);
    expect(movement.transitions).toEqual([
      { from: 'Qualified', to: 'Proposal', deals: 1 },
      { from: 'Negotiation', to: 'Proposal', deals: 1 },
      { from: 'Discovery', to: 'Qualified', deals: 1 },
    ]);
    // Qualified: F1 moved there since (0 days), N1 created 20 days ago → median 10.
    // Proposal: A1 0, B1 0, P1 41 (created 05-20), G1 120 (created 03-02), H1 180 (created 01-01) → 41.
    // Negotiation: R1, never seen before, 121 days since created.
    expect(movement.timeInStage).toEqual([
      { stage: 'Qualified', medianDays: 10, deals: 2 },
      { stage: 'Proposal', medianDays: 41, deals: 5 },
      { stage: 'Negotiation', medianDays: 121, deals: 1 },
    ]);
  });

  it('lists the slipped and the stuck deals with what the owner needs to act', () => {
    const movement = computeMovement(keyed(deals), runs, { today: TODAY, rank, minSample: 5 })!;
    const g1 = deals[5];
    expect(movement.slippedDeals).toEqual([
      {
        row: g1.row,
        id: 'G1',
        name: null,
        customer: null,
        stage: 'Proposal',
        value: null,
        owner: 'Ann',
        daysInStage: 120,
        expectedClose: '2026-07-15',
        previousExpectedClose: '2026-06-15',
      },
    ]);
    // Proposal has 5 deals (≥ minSample): stuck from 2 × 41 = 82 days: H1 (180) and G1 (120), not P1 (41).
    expect(movement.stuckDeals.map((entry) => [entry.id, entry.daysInStage])).toEqual([
      ['H1', 180],
      ['G1', 120],
    ]);
  });

  it('uses 60 days for a stage with fewer durations than minSample', () => {
    // Days in Proposal, all unchanged: 40, 50, 50, 70, 110 → median 50, stuck from 100 days.
    const created = ['2026-05-21', '2026-05-11', '2026-05-11', '2026-04-21', '2026-03-12'];
    const ids = created.map((_, i) => `S${i}`);
    const stuckDeals = created.map((day, i) => open(ids[i], 'Proposal', day));
    const before = [
      run(
        '2026-06-01',
        ids.map((id) => row(id, 'Proposal')),
      ),
    ];
    const stuckIds = (minSample: number) =>
      computeMovement(keyed(stuckDeals), before, { today: TODAY, rank, minSample })!.stuckDeals.map(
        (entry) => [entry.id, entry.daysInStage],
      );
    expect(stuckIds(5)).toEqual([['S4', 110]]);
    expect(STUCK_FALLBACK_DAYS).toBe(60);
    expect(stuckIds(6)).toEqual([
      ['S4', 110],
      ['S3', 70],
    ]);
  });

  it('counts time in stage from the first snapshot that saw the deal there once it moved', () => {
    const moved = [open('S1', 'Proposal', '2026-01-01'), open('T1', 'Proposal', '2026-01-01')];
    const history = [
      run('2026-04-30', [row('S1', 'Qualified'), row('T1', 'Proposal')]),
      run('2026-05-31', [row('S1', 'Proposal'), row('T1', 'Qualified')]),
    ];
    const movement = computeMovement(keyed(moved), history, { today: TODAY, rank, minSample: 1 })!;
    // S1 entered Proposal at the 05-31 snapshot: 30 days; T1 moved back to Proposal since then: 0 days.
    expect(movement.timeInStage).toEqual([{ stage: 'Proposal', medianDays: 15, deals: 2 }]);
    // S1 is unchanged since 05-31 and 30 ≥ 2 × 15: stuck. T1 changed stage, so it is not.
    expect(movement.stuckDeals.map((entry) => [entry.id, entry.daysInStage])).toEqual([['S1', 30]]);
    expect(movement.advanced).toBe(1);
  });

  it('is null on the first audit and when the only snapshots are from today', () => {
    expect(computeMovement(keyed(deals), [], { today: TODAY, rank, minSample: 5 })).toBeNull();
    expect(
      computeMovement(keyed(deals), [run('2026-06-30', [row('A1', 'Qualified')])], {
        today: TODAY,
        rank,
        minSample: 5,
      }),
    ).toBeNull();
  });

  it('compares with the latest earlier day, not with an audit run earlier today', () => {
    const withToday = [...runs, run('2026-06-30', [row('A1', 'Proposal')])];
    const movement = computeMovement(keyed(deals), withToday, { today: TODAY, rank, minSample: 5 })!;
    expect(movement.since).toBe('2026-05-31T12:00:00+02:00');
    expect(movement.advanced).toBe(1);
  });

  it('treats two names of one place in the stage order as one stage', () => {
    const placeRank = (stage: string) => (/^(proposal|oferta)/i.test(stage) ? 1 : null);
    const renamed = [open('A1', 'Oferta', '2026-06-01')];
    const movement = computeMovement(keyed(renamed), [run('2026-06-01', [row('A1', 'Proposal')])], {
      today: TODAY,
      rank: placeRank,
      minSample: 5,
    })!;
    expect(movement).toMatchObject({ unchanged: 1, advanced: 0, movedBack: 0, changedStage: 0 });
    expect(movement.transitions).toEqual([]);
  });

  it('leaves keys the data holds twice out of the comparison', () => {
    const twice = [open('X1', 'Proposal', '2026-06-01'), open('x1', 'Proposal', '2026-06-02')];
    const movement = computeMovement(keyed(twice), [run('2026-06-01', [row('X1', 'Proposal')])], {
      today: TODAY,
      rank,
      minSample: 5,
    })!;
    expect(movement).toMatchObject({ compared: 0, removed: 0, unchanged: 0, newDeals: 0 });
  });
});
