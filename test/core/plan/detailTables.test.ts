// The audit tab's "Pipeline by stage" and "Lost reasons" sections (SPEC §1.7, §4.1).
import { buildAuditPlan, numberFormatFor } from '../../../src/core/plan/auditPlan';
import { CHART_SIZE, rowsCovered } from '../../../src/core/plan/charts';
import type { AuditReport, CellRange, SheetPlan } from '../../../src/core/types';
import { emptyReport, fullReport } from './fixtures';

function plan(report: AuditReport): SheetPlan {
  return buildAuditPlan(report, { tabName: 'Sales Process Audit' });
}

function block(p: SheetPlan, id: string): CellRange {
  const found = p.blocks.find((b) => b.id === id);
  if (!found) throw new Error(`no block ${id}`);
  return found.range;
}

/** The rows of a block, each trimmed to `width` cells, without the empty rows its chart covers. */
function rows(p: SheetPlan, range: CellRange, width: number) {
  const all = p.values.slice(range.row - 1, range.row - 1 + range.numRows).map((row) => row.slice(0, width));
  while (all.length > 0 && all[all.length - 1].every((cell) => cell === null)) all.pop();
  return all;
}

const PLN = numberFormatFor('currency', 'PLN', 'en');

describe('pipeline by stage', () => {
  it('lists the stages in the order of the report, with deals, value and median age', () => {
    const p = plan(fullReport());
    const range = block(p, 'pipeline');
    expect(rows(p, range, 4)).toEqual([
      ['Pipeline by stage (every open deal, whatever the audit period)', null, null, null],
      ['Stage', 'Open deals', 'Value', 'Open for, median (days)'],
      ['Qualified', 14, 98000, 12],
      ['Proposal sent', 9, 121500.5, 27.5],
      ['Negotiation', 5, 64000, 41],
      // A stage written like a formula stays text; a stage without values has no value, not 0.
      ['+48 call back', 2, null, 380],
      [
        'Stages in pipeline order: the Stage order of the Audit settings tab, else the usual order of these stage names; stages on no list come last, alphabetically.',
        null,
        null,
        null,
      ],
    ]);
    const firstStage = range.row + 1; // 0-based index of the first stage row
    // Each figure carries the format of its own value: 12 days, 27.5 days.
    expect(p.numberFormats[firstStage].slice(1, 4)).toEqual(['#,##0', PLN, '#,##0" days"']);
    expect(p.numberFormats[firstStage + 1][3]).toBe('#,##0.0" days"');
  });

  it('shows the first stages of a very long list and says how many more', () => {
    const report = fullReport();
    report.pipeline = Array.from({ length: 45 }, (_, i) => ({
      stage: `Stage ${i}`,
      deals: 1,
      value: 1,
      medianAgeDays: 1,
    }));
    const p = plan(report);
    const range = block(p, 'pipeline');
    // title, header, 30 stages, "…and 15 more", the order note, the rows the chart covers
    expect(range.numRows).toBe(2 + 30 + 1 + 1 + rowsCovered(CHART_SIZE.height));
    expect(p.values[range.row + 1][0]).toBe('Stage 0');
    expect(p.values[range.row + 30][0]).toBe('Stage 29');
    expect(p.values[range.row + 31][0]).toBe('…and 15 more');
  });

  it('says when no deal is open', () => {
    const p = plan(emptyReport());
    expect(rows(p, block(p, 'pipeline'), 1)).toEqual([
      ['Pipeline by stage (every open deal, whatever the audit period)'],
      ['Stage'],
      ['No deal is open.'],
    ]);
  });
});

describe('lost reasons', () => {
  it('lists reasons with deals, share and value, the two group rows in words', () => {
    const p = plan(fullReport());
    const range = block(p, 'lostReasons');
    expect(rows(p, range, 4)).toEqual([
      ['Lost reasons (lost deals created in the audit period)', null, null, null],
      ['Reason', 'Lost deals', 'Share of lost deals', 'Value'],
      ['Price too high', 40, 40 / 130, 410000],
      ['Chose a competitor', 35, 35 / 130, 380000],
      ['=No budget', 20, 20 / 130, null],
      ['(other reasons)', 5, 5 / 130, 12000],
      ['(no reason given)', 30, 30 / 130, 150000],
    ]);
    expect(p.numberFormats[range.row + 1].slice(1, 4)).toEqual([
      '#,##0',
      numberFormatFor('ratio', 'PLN', 'en'),
      PLN,
    ]);
  });

  it('writes the group rows in Polish', () => {
    const report = fullReport();
    report.language = 'pl';
    const p = plan(report);
    const range = block(p, 'lostReasons');
    expect(p.values[range.row - 1][0]).toBe(
      'Powody przegranych (przegrane transakcje utworzone w okresie audytu)',
    );
    expect(p.values[range.row + 4][0]).toBe('(inne powody)');
    expect(p.values[range.row + 5][0]).toBe('(bez podanego powodu)');
  });

  it('asks for the column when the Deals tab has none, and says when nothing was lost', () => {
    const none = plan(emptyReport());
    expect(rows(none, block(none, 'lostReasons'), 1)).toEqual([
      ['Lost reasons (lost deals created in the audit period)'],
      ['Add a Lost reason column to the Deals tab to see why deals are lost.'],
    ]);
    const report = emptyReport();
    report.lostReasons = [];
    const empty = plan(report);
    expect(rows(empty, block(empty, 'lostReasons'), 1)).toEqual([
      ['Lost reasons (lost deals created in the audit period)'],
      ['Reason'],
      ['No deal created in the audit period was lost.'],
    ]);
  });
});
