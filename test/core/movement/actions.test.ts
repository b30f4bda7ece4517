// Stuck and slipped deals (SPEC §1.7) feed the actions of §1.6 with their known value at stake.
import type { Movement, MovementDeal } from '../../../src/core/types';
import { audit, d, many } from '../engine/fixtures';

const moved = (id: string, value: number | null): MovementDeal => ({
  row: 2,
  id,
  name: null,
  customer: null,
  stage: 'Proposal',
  value,
  owner: null,
  daysInStage: 90,
  expectedClose: '2026-08-01',
  previousExpectedClose: '2026-07-01',
});

function movement(stuck: MovementDeal[], slipped: MovementDeal[]): Movement {
  return {
    since: '2026-05-31T12:00:00+02:00',
    compared: 3,
    won: 0,
    lost: 0,
    removed: 0,
    advanced: 0,
    movedBack: 0,
    changedStage: 0,
    unchanged: 3,
    slipped: slipped.length,
    stuck: stuck.length,
    newDeals: 0,
    reopened: 0,
    transitions: [],
    timeInStage: [],
    slippedDeals: slipped,
    stuckDeals: stuck,
  };
}

const deals = many(3, { created: d('2026-06-20'), value: 100 });

describe('stuck and slipped deal actions', () => {
  it('says how many deals and what they are worth, most at stake first', () => {
    const report = audit(
      { deals },
      {},
      {
        movement: movement([moved('A', 3000), moved('B', null)], [moved('C', 5000)]),
      },
    );
    const kinds = report.actions.filter((action) => action.kind.startsWith('deals.'));
    expect(kinds.map((action) => [action.kind, action.rating, action.impact])).toEqual([
      ['deals.slipped', 'amber', { value: 5000, deals: 1, customers: null }],
      // B's value is unknown: the known 3000 is at stake.
      ['deals.stuck', 'amber', { value: 3000, deals: 2, customers: null }],
    ]);
    expect(kinds.map((action) => action.text)).toEqual([
      'Ask why 1 deal worth $5,000 moved its expected close date later, and what would bring it back',
      'Call about 2 deals stuck in their stage, worth $3,000: agree the next step with each customer or close them',
    ]);
  });

  it('has none on the first audit or when nothing is stuck or slipped', () => {
    const kinds = (report: ReturnType<typeof audit>) =>
      report.actions.filter((action) => action.kind === 'deals.stuck' || action.kind === 'deals.slipped');
    expect(kinds(audit({ deals }))).toEqual([]);
    expect(kinds(audit({ deals }, {}, { movement: movement([], []) }))).toEqual([]);
  });

  it('writes them in Polish without a value when none is known', () => {
    const report = audit(
      { deals },
      { currency: 'PLN' },
      {
        lang: 'pl',
        locale: 'pl-PL',
        movement: movement([moved('A', null), moved('B', null)], []),
      },
    );
    expect(report.actions.find((action) => action.kind === 'deals.stuck')?.text).toBe(
      'Utknęły na etapie: 2 transakcje — ustal z każdym klientem następny krok albo je zamknij',
    );
  });
});
