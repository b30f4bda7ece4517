// SPEC §4.2: the runner continues the history and the snapshots of the workbook it writes to (or of
// --history), so a CSV export audited each month shows what moved since the last audit.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, readReport, readWorkbook, runCli } from './runCli';

const HEADER = 'Deal ID,Name,Created,Customer,Owner,Stage,Value,Closed,Expected close';
const MAY = [
  HEADER,
  'A1,Roof,2024-05-01,Acme,Ann,Qualified,1000,,',
  'B1,Fence,2024-04-01,Beta,Bob,Proposal,2000,,',
  'C1,Gate,2024-05-10,Gamma,Ann,Qualified,3000,,',
  'D1,Door,2024-04-15,Delta,Bob,Negotiation,4000,,',
  'E1,Wall,2024-03-01,Epsilon,Ann,Proposal,5000,,2024-06-15',
  'G1,Shed,2024-01-02,Gamma,Bob,Negotiation,7000,,',
  'H1,Deck,2024-05-20,Eta,Ann,Proposal,8000,,',
];
/** The June export: A1 won, B1 lost, C1 advanced, D1 moved back, E1 slipped, H1 gone, F1 new. */
const JUNE = [
  HEADER,
  'A1,Roof,2024-05-01,Acme,Ann,Won,1000,2024-06-10,',
  'B1,Fence,2024-04-01,Beta,Bob,Lost,2000,2024-06-12,',
  'C1,Gate,2024-05-10,Gamma,Ann,Proposal,3000,,',
  'D1,Door,2024-04-15,Delta,Bob,Proposal,4000,,',
  'E1,Wall,2024-03-01,Epsilon,Ann,Proposal,5000,,2024-07-31',
  'G1,Shed,2024-01-02,Gamma,Bob,Negotiation,7000,,',
  'F1,Pool,2024-06-20,Phi,Ann,Qualified,6000,,',
];

const EXPECTED_JUNE = {
  compared: 7,
  won: 1,
  lost: 1,
  removed: 1,
  advanced: 1,
  movedBack: 1,
  changedStage: 0,
  unchanged: 2,
  slipped: 1,
  stuck: 2,
  newDeals: 1,
  reopened: 0,
};

beforeAll(() => buildCli());

function audit(dir: string, csv: string[], today: string, extra: string[] = []) {
  writeFileSync(join(dir, 'deals.csv'), `${csv.join('\n')}\n`);
  const run = runCli([join(dir, 'deals.csv'), '--today', today, ...extra], dir);
  expect(run.stderr).not.toMatch(/error/i);
  expect(run.status).toBe(0);
  return run;
}

describe('auditing each month’s export into one workbook', () => {
  it('compares June with the May audit the workbook holds, and keeps both history rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-story-'));
    const out = ['--out', join(dir, 'audit.xlsx'), '--json', join(dir, 'audit.json')];
    audit(dir, MAY, '2024-05-31', out);
    expect(readReport(join(dir, 'audit.json')).movement).toBeNull();

    const june = audit(dir, JUNE, '2024-06-30', out);
    expect(june.stderr).toContain('Continuing the audits in');
    const movement = readReport(join(dir, 'audit.json')).movement!;
    expect(movement).toMatchObject({ since: '2024-05-31T12:00:00+00:00', ...EXPECTED_JUNE });
    expect(
      movement.slippedDeals.map((deal) => [deal.id, deal.previousExpectedClose, deal.expectedClose]),
    ).toEqual([['E1', '2024-06-15', '2024-07-31']]);
    expect(movement.stuckDeals.map((deal) => [deal.id, deal.daysInStage])).toEqual([
      ['G1', 180],
      ['E1', 121],
    ]);

    const workbook = await readWorkbook(join(dir, 'audit.xlsx'));
    const history = workbook.getWorksheet('Audit history')!;
    // Its labels and hidden ids, then the May and June runs.
    expect(history.actualRowCount).toBe(4);
    const snapshots = workbook.getWorksheet('Audit snapshots')!;
    expect(snapshots.state).toBe('hidden');
    // 7 open deals in May, 5 in June.
    expect(snapshots.actualRowCount).toBe(1 + 7 + 5);
  });

  it('continues another workbook named with --history', () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-story-'));
    audit(dir, MAY, '2024-05-31', ['--out', join(dir, 'may-audit.xlsx')]);
    audit(dir, JUNE, '2024-06-30', [
      '--out',
      join(dir, 'june-audit.xlsx'),
      '--history',
      join(dir, 'may-audit.xlsx'),
    ]);
    expect(readReport(join(dir, 'june-audit.json')).movement).toMatchObject(EXPECTED_JUNE);
  });

  it('says so when the --history workbook does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-story-'));
    writeFileSync(join(dir, 'deals.csv'), `${MAY.join('\n')}\n`);
    const run = runCli(
      [join(dir, 'deals.csv'), '--history', 'nowhere.xlsx', '--out', join(dir, 'a.xlsx')],
      dir,
    );
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('Cannot find nowhere.xlsx. Check the path and try again.');
  });
});
