// CRM exports as users download them (issue 14): Pipedrive's outcome in `Deal - Status` beside its pipeline
// steps in `Deal - Stage`, and Salesforce API names that differ only in punctuation.
import { isoToDay } from '../../../src/core/days';
import type { Grid } from '../../../src/core/types';
import { auditDealsGrid, parseDealsGrid } from './parseFixtures';

const TODAY = '2026-11-27';
const parseDeals = (values: Grid) => parseDealsGrid(values, { today: isoToDay(TODAY)! });

/** 1 won, 32 lost, and 5 open deals waiting in a pipeline step named "Success". */
function pipedriveDeals(withStatus: boolean): Grid {
  const header = ['Deal - Title', 'Deal - Stage', 'Deal - Deal created', 'Deal - Deal closed on'];
  const rows: Grid = [withStatus ? [...header, 'Deal - Status'] : header];
  const add = (stage: string, status: string, closed: string) =>
    rows.push([`Deal ${rows.length}`, stage, '2026-09-01', closed, ...(withStatus ? [status] : [])]);
  add('Negotiations Started', 'Won', '2026-09-20');
  for (let i = 0; i < 32; i++) add('Proposal Made', 'Lost', '2026-09-15');
  for (let i = 0; i < 5; i++) add('Success', 'Open', '');
  return rows;
}

describe('Pipedrive: Deal - Status and Deal - Stage', () => {
  it('takes the outcome from Status and the stage from Stage: win rate 1 of 33, not 100 %', () => {
    const report = auditDealsGrid(pipedriveDeals(true), TODAY);
    const winRate = report.areas
      .flatMap((area) => area.metrics)
      .find((m) => m.id === 'conversations.winRate');
    expect(winRate?.value).toBeCloseTo(1 / 33, 10);
    expect(report.input.deals.mapping.stage).toBe('Deal - Stage');
  });

  it('keeps the pipeline steps as the stage names of open deals', () => {
    const parsed = parseDeals(pipedriveDeals(true));
    expect(parsed.openStages).toEqual(['Success']);
    expect(parsed.deals.filter((deal) => deal.outcome === 'won').map((deal) => deal.stage)).toEqual([
      'Negotiations Started',
    ]);
  });

  it('reads a stage word as the outcome only when no status column exists', () => {
    const outcomes = parseDeals(pipedriveDeals(false)).deals.map((deal) => deal.outcome);
    expect(outcomes.filter((outcome) => outcome === 'won')).toHaveLength(5);
  });
});

describe('Salesforce API names that differ only in punctuation', () => {
  it('are two columns, and the lost reasons come from the one with data, saying so', () => {
    const parsed = parseDeals([
      ['CreatedDate', 'StageName', 'LossReason__c', 'Loss_Reason__c'],
      ['2026-03-01', 'Closed Lost', '', 'Price'],
      ['2026-03-02', 'Closed Lost', '', 'Timing'],
    ]);
    expect(parsed.input.deals.mapping.lostReason).toBe('Loss_Reason__c');
    expect(parsed.deals.map((deal) => deal.lostReason)).toEqual(['Price', 'Timing']);
    expect(parsed.issues).toEqual([
      {
        tab: 'Deals',
        row: 1,
        column: 'Loss_Reason__c',
        code: 'duplicate_header',
        message:
          'Columns "Loss_Reason__c" and "LossReason__c" could both be Lost reason; "Loss_Reason__c" is read because "LossReason__c" is empty.',
      },
    ]);
  });

  it('a header repeated word for word is still a duplicate', () => {
    const parsed = parseDeals([
      ['Created', 'Stage', 'Owner', 'Owner'],
      ['2026-03-01', 'Won', 'Ann', 'Bob'],
    ]);
    expect(parsed.issues.map((issue) => issue.code)).toEqual(['duplicate_header']);
    expect(parsed.deals[0].owner).toBe('Ann');
  });
});
