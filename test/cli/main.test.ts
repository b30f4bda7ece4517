// The runner's handling of errors that are not the user's, and its colored summary, run in-process.
import { join } from 'node:path';
import { run, type Console } from '../../src/cli/main';
import { formatSummary } from '../../src/cli/summary';
import type { AuditReport } from '../../src/core/types';

jest.mock('../../src/core/audit', () => ({
  ...jest.requireActual('../../src/core/audit'),
  auditSpreadsheet: () => {
    throw new TypeError('Cannot read properties of undefined');
  },
}));

const EXAMPLE = join(__dirname, '../../examples/sample-sales.xlsx');

function capture(): Console & { lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return { out: (text) => lines.out.push(text), err: (text) => lines.err.push(text), color: false, lines };
}

describe('an unexpected error', () => {
  it('prints one line and points to --debug', async () => {
    const io = capture();
    expect(await run([EXAMPLE], '/tmp', io)).toBe(1);
    expect(io.lines.err).toEqual([
      'Unexpected error: Cannot read properties of undefined. Run with --debug for details.',
    ]);
  });

  it('adds the stack trace with --debug', async () => {
    const io = capture();
    expect(await run([EXAMPLE, '--debug', '--lang', 'pl'], '/tmp', io)).toBe(1);
    expect(io.lines.err[0]).toBe(
      'Nieoczekiwany błąd: Cannot read properties of undefined. Uruchom z opcją --debug, aby zobaczyć szczegóły.',
    );
    expect(io.lines.err[1]).toMatch(/^TypeError: Cannot read properties of undefined\n\s+at /);
  });
});

const REPORT = {
  language: 'en',
  locale: 'en-US',
  currency: 'USD',
  overall: { score: 48.6, rating: 'amber' },
  areas: [
    {
      id: 'acquisition',
      score: 50,
      rating: 'amber',
      questions: [],
      metrics: [],
      tables: [],
      attention: [
        { kind: 'channel', subject: 'Cold calling' },
        { kind: 'metric', subject: 'acquisition.ltvToCac' },
      ],
    },
    {
      id: 'conversations',
      score: 0,
      rating: 'red',
      questions: [{ id: 'q.softSkills.closing', text: 'Do salespeople ask for the order?' }],
      metrics: [],
      tables: [],
      attention: [
        { kind: 'owner', subject: 'Piotr' },
        { kind: 'metric', subject: 'conversations.winRate' },
        { kind: 'question', subject: 'q.softSkills.closing' },
        { kind: 'metric', subject: 'conversations.staleOpenShare' },
        { kind: 'owner', subject: 'Ewa' },
      ],
    },
    {
      id: 'aftersales',
      score: null,
      rating: 'nodata',
      questions: [],
      metrics: [],
      attention: [],
      tables: [],
    },
    {
      id: 'relationships',
      score: 75,
      rating: 'green',
      questions: [],
      // No attention item: the line names the one rated item below 100.
      metrics: [
        { id: 'relationships.overdueShare', rating: 'green' },
        { id: 'relationships.dormantShare', rating: 'amber' },
      ],
      attention: [],
      tables: [],
    },
  ],
  channels: [],
  actions: [
    {
      rating: 'red',
      text: 'Stop or rework Cold calling: $250,000 spent for 3 customers who brought $48,000.',
      impact: { value: 250000 },
    },
    {
      rating: 'amber',
      text: 'Call the 4 overdue customers: $12,480 of lifetime value.',
      impact: { value: 12480.4 },
    },
    { rating: 'red', text: 'Put in place what was answered No: A yearly review', impact: { value: null } },
  ],
  issues: [{ code: 'missing_column' }, { code: 'bad_date' }, { code: 'bad_date' }],
} as unknown as AuditReport;

describe('the summary', () => {
  it('ends with the ratings and what pulls each area down, the actions, and the data issues by code', () => {
    const plain = formatSummary(REPORT, false);
    expect(plain.split('\n')).toEqual([
      'Overall: 49 – [Needs attention]',
      '  Acquisition                         50  [Needs attention]',
      '      Pulls it down: Cold calling, CLV:CAC, all channels',
      '  Sales conversations                  0  [Critical]',
      '      Pulls it down: Piotr, Win rate, Do salespeople ask for the order? and 2 more',
      '  After-sales service                  —  [No data]',
      '  Relationship management             75  [Good]',
      '      Pulls it down: Dormant customers',
      '',
      'What to do first:',
      // The money at stake as the audit tab and the sidebar write it; none where it cannot be put in money.
      '  1. [Critical] Stop or rework Cold calling: $250,000 spent for 3 customers who brought $48,000. — At stake: $250,000',
      '  2. [Needs attention] Call the 4 overdue customers: $12,480 of lifetime value. — At stake: $12,480',
      '  3. [Critical] Put in place what was answered No: A yearly review',
      '',
      '3 data issues: Unreadable date 2, Column not found 1',
    ]);
    expect(plain).not.toContain('\u001b[');
    expect(formatSummary(REPORT, true)).toContain('\u001b[41;97m Critical \u001b[0m');
  });

  it('says so when there is nothing to do first and no data issue', () => {
    const calm = { ...REPORT, actions: [], issues: [] } as AuditReport;
    const lines = formatSummary(calm, false).split('\n');
    expect(lines.slice(-3)).toEqual([
      'Nothing urgent: no channel to drop, no red metric, no overdue list.',
      '',
      'No data issues.',
    ]);
  });
});
