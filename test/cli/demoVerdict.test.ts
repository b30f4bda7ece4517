// The walk-through on the bundled demo workbook (`npm run demo`): the verdict must name the
// dropped channel and the weaker salesperson, in the scores and among the actions, with their amounts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pullingDown } from '../../src/core/engine/pullingDown';
import type { AuditReport } from '../../src/core/types';
import { buildCli, readReport, readWorkbook, ROOT, runCli } from './runCli';

const DEMO = join(ROOT, 'examples/sample-sales.xlsx');
let report: AuditReport;

beforeAll(() => {
  buildCli();
  const out = mkdtempSync(join(tmpdir(), 'spa-demo-'));
  const json = join(out, 'demo.json');
  const run = runCli([DEMO, '--out', join(out, 'demo.xlsx'), '--json', json, '--today', '2026-11-27']);
  expect(run).toMatchObject({ status: 0, stderr: '' });
  report = readReport(json);
});

describe('the demo workbook audited end to end', () => {
  it('is a schema 2 report in dollars', () => {
    expect(report).toMatchObject({ schemaVersion: 2, currency: 'USD', language: 'en' });
    expect(report.summary.months).toHaveLength(13);
    expect(report.summary.months[12].month).toBe('2026-11');
  });

  it('scores acquisition below 100 because Cold calling is to be dropped', () => {
    expect(report.channels.map((row) => [row.channel, row.leads, row.verdict])).toEqual([
      ['Website', 138, 'strengthen'],
      ['Google Ads', 101, 'modify'],
      ['Cold calling', 55, 'drop'],
      ['Referrals', 43, 'strengthen'],
      ['LinkedIn', 40, 'modify'],
      ['Trade fairs', 23, 'strengthen'],
    ]);
    const acquisition = report.areas[0];
    // (138 × 100 + 101 × 50 + 55 × 0 + 43 × 100 + 40 × 50 + 23 × 100) ÷ 400 leads = 68.625
    expect(acquisition.tables).toEqual([{ id: 'channels', points: 68.625, rating: 'amber' }]);
    // The blended LTV:CAC is the only rated metric, and green: (100 + 68.625) ÷ 2
    expect(
      acquisition.metrics.filter((item) => item.rating !== 'unrated').map((item) => item.rating),
    ).toEqual(['green']);
    expect(acquisition).toMatchObject({ id: 'acquisition', score: 84.3125 });
    expect(acquisition.attention).toEqual([{ kind: 'channel', subject: 'Cold calling' }]);
    expect(pullingDown(acquisition, report.channels)).toEqual({ kind: 'channel', subject: 'Cold calling' });
  });

  it('names the flagged salesperson in the conversations area', () => {
    expect(report.areas[1].attention).toEqual([{ kind: 'owner', subject: 'Ryan Cole' }]);
    // 4 of 5 salespeople carry no flag
    expect(report.areas[1].tables).toEqual([{ id: 'owners', points: 80, rating: 'green' }]);
  });

  it('lists the dropped channel with what it cost, as the Channels tab adds it up', async () => {
    const channels = (await readWorkbook(DEMO)).getWorksheet('Channels')!;
    let coldCalling = 0;
    channels.eachRow((row, number) => {
      if (number > 1 && row.getCell(1).value === 'Cold calling') coldCalling += Number(row.getCell(3).value);
    });
    expect(coldCalling).toBe(33551);
    const drop = report.actions.find((action) => action.kind === 'channel.drop');
    expect(drop).toEqual({
      area: 'acquisition',
      kind: 'channel.drop',
      subject: 'Cold calling',
      rating: 'red',
      text: 'Stop or rework Cold calling: $33,551 spent this period for 1 customer who brought $16,690',
      impact: { value: 33551, deals: 55, customers: null },
    });
  });

  it('lists the flagged salesperson with the sales lost against the team rate', () => {
    const ryan = report.owners.find((row) => row.owner === 'Ryan Cole')!;
    const avgDealValue = report.areas[1].metrics.find(
      (item) => item.id === 'conversations.avgDealValue',
    )!.value!;
    const teamWinRate = report.areas[1].metrics.find((item) => item.id === 'conversations.winRate')!.value!;
    // 5 won of 42 closed; (team − own) × closed × the team's average won deal
    expect([ryan.won, ryan.won + ryan.lost]).toEqual([5, 42]);
    const expected = (teamWinRate - 5 / 42) * 42 * avgDealValue;
    const flag = report.actions.find((action) => action.kind === 'owner.flag')!;
    expect(flag.subject).toBe('Ryan Cole');
    expect(flag.impact.value).toBeCloseTo(expected, 6);
    expect(flag.impact.value).toBeCloseTo(44498.94, 2);
    expect(flag.text).toBe(
      "Coach Ryan Cole on needs analysis and closing: wins 11.9% of closed deals against 32.8% for the team; at the team's rate, 42 closed deals would have brought $44,499 more",
    );
  });

  it('ranks every action by money at stake, at most 7', () => {
    expect(report.actions.map((action) => [action.kind, action.subject, action.impact.value])).toEqual([
      ['customers.dormant', null, 88730],
      ['customers.overdue', null, 61690],
      ['owner.flag', 'Ryan Cole', expect.closeTo(44498.94, 2)],
      ['deals.stale', null, 43820],
      ['channel.drop', 'Cold calling', 33551],
      ['channel.modify', 'Google Ads', 12850],
      ['channel.modify', 'LinkedIn', 4836],
    ]);
  });
});
