// The runner's handling of errors that are not the user's, and its colored summary, run in-process.
import { join } from 'node:path';
import { run, type Console } from '../../src/cli/main';
import { formatSummary, topFindings } from '../../src/cli/summary';
import type { AuditReport, MetricResult } from '../../src/core/types';

jest.mock('../../src/core/audit', () => ({
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

function metric(id: string, rating: MetricResult['rating'], note: string): MetricResult {
  return { id, value: 0.1, unit: 'ratio', rating, target: null, sample: 10, note };
}

const REPORT = {
  language: 'en',
  overall: { score: 48.6, rating: 'amber' },
  areas: [
    {
      id: 'acquisition',
      score: 50,
      rating: 'amber',
      questions: [],
      metrics: [metric('a.1', 'amber', 'First amber.'), metric('a.2', 'green', 'Fine.')],
    },
    {
      id: 'conversations',
      score: 0,
      rating: 'red',
      questions: [],
      metrics: [metric('c.1', 'amber', 'Second amber.'), metric('c.2', 'red', 'The red one.')],
    },
    { id: 'aftersales', score: null, rating: 'nodata', questions: [], metrics: [] },
    {
      id: 'relationships',
      score: 95,
      rating: 'green',
      questions: [],
      metrics: [metric('r.1', 'amber', 'Third amber.')],
    },
  ],
} as unknown as AuditReport;

describe('the summary', () => {
  it('lists red findings first, then amber in report order, three at most', () => {
    expect(topFindings(REPORT).map((m) => m.note)).toEqual(['The red one.', 'First amber.', 'Second amber.']);
  });

  it('colors ratings with ANSI codes only for a terminal', () => {
    const plain = formatSummary(REPORT, false);
    expect(plain.split('\n').slice(0, 6)).toEqual([
      'Overall: 49 – [Needs attention]',
      '  Acquisition                         50  [Needs attention]',
      '  Sales conversations                  0  [Critical]',
      '  After-sales service                  —  [No data]',
      '  Relationship management             95  [Good]',
      '',
    ]);
    expect(plain).not.toContain('\u001b[');
    expect(formatSummary(REPORT, true)).toContain('\u001b[41;97m Critical \u001b[0m');
  });
});
