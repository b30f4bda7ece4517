import { longestWaitingStage, pipeline } from '../../../src/core/engine/pipeline';
import { audit, d, deal, TODAY } from './fixtures';

const today = d(TODAY); // 2026-06-30

describe('pipeline by stage (SPEC §1.7)', () => {
  const deals = [
    deal({ stage: 'Negotiation', created: d('2026-06-20'), value: 1000 }), // 10 days
    deal({ stage: 'Qualified', created: d('2026-06-25'), value: 200 }), // 5 days
    deal({ stage: 'qualified ', created: d('2026-06-15'), value: null }), // 15 days, same stage
    deal({ stage: 'Qualified', created: d('2026-05-31'), value: 300 }), // 30 days
    deal({ stage: 'Negotiation', created: d('2026-03-02'), value: 500 }), // 120 days
    deal({ stage: 'Site visit', created: d('2026-06-29') }), // 1 day, on no list
    deal({ outcome: 'won', stage: 'Won', value: 9999 }),
    deal({ outcome: 'lost', stage: 'Lost', value: 9999 }),
  ];

  it('counts every open deal by stage, in stage order, with value and median age', () => {
    const { rows, order } = pipeline(deals, today, []);
    expect(order.source).toBe('template');
    expect(rows).toEqual([
      // ages 5, 15, 30 → median 15; value 200 + 300 (one deal has none)
      { stage: 'Qualified', deals: 3, value: 500, medianAgeDays: 15 },
      // ages 10, 120 → median 65
      { stage: 'Negotiation', deals: 2, value: 1500, medianAgeDays: 65 },
      // no deal with a value: unknown, not 0
      { stage: 'Site visit', deals: 1, value: null, medianAgeDays: 1 },
    ]);
  });

  it("follows the settings' Stage order", () => {
    const { rows } = pipeline(deals, today, ['Site visit', 'Negotiation', 'Qualified']);
    expect(rows.map((row) => row.stage)).toEqual(['Site visit', 'Negotiation', 'Qualified']);
  });

  it('is empty without open deals', () => {
    expect(pipeline([deal({ outcome: 'won' })], today, []).rows).toEqual([]);
    expect(pipeline([], today, []).rows).toEqual([]);
  });

  it('takes every open deal, whatever the audit period', () => {
    const report = audit(
      { deals: [deal({ created: d('2025-01-01') }), deal({ created: d('2026-06-01') })] },
      { period: { kind: 'last', months: 3 } },
    );
    // 545 and 29 days → median 287
    expect(report.pipeline).toEqual([{ stage: 'Proposal', deals: 2, value: null, medianAgeDays: 287 }]);
  });

  it('finds the stage where open deals wait longest, among stages with enough deals', () => {
    const { rows } = pipeline(deals, today, []);
    expect(longestWaitingStage(rows, 2)?.stage).toBe('Negotiation');
    expect(longestWaitingStage(rows, 3)?.stage).toBe('Qualified');
    expect(longestWaitingStage(rows, 4)).toBeNull();
  });
});
