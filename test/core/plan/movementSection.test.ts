// The audit tab's "Since the last audit" section (SPEC §1.7, §4.1).
import { buildAuditPlan } from '../../../src/core/plan/auditPlan';
import { isoDateTimeToSerial, isoDateToSerial } from '../../../src/core/plan/formats';
import type { AuditReport, CellRange, Movement, SheetPlan } from '../../../src/core/types';
import { fullReport, movementDeal } from './fixtures';

const deal = movementDeal;

const MOVEMENT: Movement = {
  since: '2026-10-31T12:00:00+01:00',
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
  transitions: [{ from: 'Qualified', to: 'Proposal', deals: 1 }],
  timeInStage: [{ stage: 'Proposal', medianDays: 41, deals: 5 }],
  slippedDeals: [deal('G1', { expectedClose: '2026-12-15', previousExpectedClose: '2026-11-15' })],
  stuckDeals: [deal('G1', { daysInStage: 120 }), deal('H1', { daysInStage: 180, value: null })],
};

function section(report: AuditReport): { plan: SheetPlan; rows: unknown[][] } {
  const plan = buildAuditPlan(report, { tabName: 'Sales Process Audit' });
  const range = plan.blocks.find((b) => b.id === 'movement')?.range as CellRange;
  return { plan, rows: plan.values.slice(range.row - 1, range.row - 1 + range.numRows) };
}

describe('Since the last audit', () => {
  it('says on the first audit from which day the movement shows', () => {
    const report = { ...fullReport(), movement: null };
    const { rows } = section(report);
    expect(rows[0][0]).toBe('Since the last audit');
    expect(rows[1].slice(0, 2)).toEqual([
      'This first audit noted where every open deal stands. What moved since then shows from the next audit run on or after',
      isoDateToSerial(report.today)! + 1,
    ]);
    expect(rows).toHaveLength(2);
  });

  it('shows every figure, the stage changes, the time in stage and the deals behind slipped and stuck', () => {
    const { rows } = section({ ...fullReport(), movement: MOVEMENT });
    const cells = rows.map((row) => row.slice(0, 7).filter((cell) => cell !== null));
    expect(cells).toEqual([
      ['Since the last audit'],
      ['Compared with the audit of', isoDateTimeToSerial(MOVEMENT.since)],
      ['Deals that…', 'Deals'],
      ['were open at that audit', 9],
      ['were won since', 1],
      ['were lost since', 1],
      ['are no longer in the data', 1],
      ['moved to a later stage', 1],
      ['moved back to an earlier stage', 1],
      ['changed to or from a stage outside the stage order', 1],
      ['stayed in the same stage', 3],
      ['had their expected close date moved later', 1],
      ['are stuck in their stage', 2],
      ['are new since that audit', 1],
      ['are open again, or were added late', 1],
      [],
      ['Stage changes'],
      ['From', 'To', 'Deals'],
      ['Qualified', 'Proposal', 1],
      [],
      ['Time in stage (open deals, median days)'],
      ['Stage', 'Median days in stage', 'Deals'],
      ['Proposal', 41, 5],
      [],
      ['Expected close date moved later'],
      ['Customer', 'Deal', 'Stage', 'Value', 'Salesperson', 'Expected close', 'Was at the last audit'],
      [
        'Customer G1',
        'Deal G1',
        'Proposal',
        1000,
        'Ann',
        isoDateToSerial('2026-12-15'),
        isoDateToSerial('2026-11-15'),
      ],
      [],
      ['Stuck in their stage (twice the usual time, or 60 days when the usual time is unknown)'],
      ['Customer', 'Deal', 'Stage', 'Value', 'Salesperson', 'Days in stage'],
      // The longest in its stage first.
      ['Customer H1', 'Deal H1', 'Proposal', 'Ann', 180],
      ['Customer G1', 'Deal G1', 'Proposal', 1000, 'Ann', 120],
    ]);
  });
});
