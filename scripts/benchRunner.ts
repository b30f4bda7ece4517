// The local runner as a user runs it, timed from outside: the built CLI in a child process, its wall time,
// peak memory (RSS) and the time its chart pictures took, read from the User Timing measure the runner
// leaves (src/cli/chartImages.ts) by a preloaded module when the child exits.
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CHART_DRAWING_MEASURE, COMPILED_SPECS, DRAWING_CODE_CACHE } from '../src/cli/chartImages';
import { generateSalesData } from '../src/core/sample/generator';
import type { Cell } from '../src/core/types';
import { median } from './benchStats';
import { addInputSheet } from './make-examples';

const BLOCK = 100_000;

function csvCell(cell: Cell): string {
  const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : cell == null ? '' : String(cell);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function writeDealsCsv(path: string, rows: number, today: string): void {
  const grid = generateSalesData({ seed: 42, deals: Math.min(rows, BLOCK), channels: 50, today }).deals
    .values;
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, `${grid[0].map(csvCell).join(',')}\n`);
    for (let written = 0, block = 0; written < rows; block++) {
      const lines: string[] = [];
      for (let r = 1; r < grid.length && written < rows; r++, written++) {
        const cells = grid[r].map(csvCell);
        if (block > 0) cells[0] = `${cells[0]}-${block}`;
        lines.push(cells.join(','));
      }
      writeSync(fd, `${lines.join('\n')}\n`);
    }
  } finally {
    closeSync(fd);
  }
}

/** A workbook of Deals, Channels and Customers tabs from the seeded generator, as the examples are. */
async function writeInputWorkbook(path: string, deals: number, today: string): Promise<void> {
  const data = generateSalesData({ seed: 42, deals, channels: 50, today });
  const workbook = new ExcelJS.Workbook();
  for (const grid of [data.deals, data.channels, data.customers]) addInputSheet(workbook, grid);
  await workbook.xlsx.writeFile(path);
}

interface ChildRun {
  seconds: number;
  peakRssMb: number;
  exitCode: number | null;
  /** CPU time of the whole child (all threads), which a busy machine inflates less than the wall time. */
  cpuMs: number;
  /** The runner's chart-drawing step, or null when it drew none. */
  charts: { count: number; ms: number; cpuMs: number } | null;
}

/**
 * Runs the CLI once in `dir` and reads what the preload wrote at the child's exit. Its stderr (progress lines)
 * is shown when `showProgress`, else only when the run fails.
 */
function runCli(cli: string, args: string[], dir: string, showProgress = false): ChildRun {
  const measured = join(dir, 'measured.json');
  const preload = join(dir, 'measure.cjs');
  writeFileSync(
    preload,
    `const { performance } = require('node:perf_hooks');
process.on('exit', () => {
  const charts = performance.getEntriesByName(${JSON.stringify(CHART_DRAWING_MEASURE)})[0];
  const usage = process.resourceUsage();
  require('node:fs').writeFileSync(${JSON.stringify(measured)}, JSON.stringify({
    maxRssKb: usage.maxRSS,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    charts: charts ? { count: charts.detail.charts, ms: charts.duration, cpuMs: charts.detail.cpuMs } : null,
  }));
});\n`,
  );
  rmSync(measured, { force: true });
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--require', preload, cli, ...args], {
    cwd: dir,
    stdio: ['ignore', 'ignore', showProgress ? 'inherit' : 'pipe'],
  });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`the runner exited with ${run.status}: ${run.stderr ?? ''}`);
  const child = JSON.parse(readFileSync(measured, 'utf8')) as {
    maxRssKb: number;
    cpuMs: number;
    charts: ChildRun['charts'];
  };
  return {
    seconds,
    peakRssMb: Math.round(child.maxRssKb / 1024),
    exitCode: run.status,
    cpuMs: child.cpuMs,
    charts: child.charts,
  };
}

export interface RunnerMeasurement {
  rows: number;
  csvMb: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  exitCode: number | null;
}

/** Runs build/cli.cjs on a generated CSV of `rows` deals. */
export function measureRunner(cli: string, rows: number, today: string): RunnerMeasurement {
  const dir = mkdtempSync(join(tmpdir(), 'spa-bench-'));
  try {
    const csv = join(dir, 'deals.csv');
    writeDealsCsv(csv, rows, today);
    const run = runCli(cli, [csv, '--today', today], dir, true);
    return {
      rows,
      csvMb: Math.round(readFileSync(csv).length / 2 ** 20),
      seconds: Math.round(run.seconds * 10) / 10,
      cpuSeconds: Math.round(run.cpuMs / 100) / 10,
      peakRssMb: run.peakRssMb,
      exitCode: run.exitCode,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface WorkbookRunMeasurement {
  deals: number;
  runs: number;
  charts: number;
  medianSeconds: number;
  medianCpuSeconds: number;
  chartsMedianMs: number;
  chartsMedianCpuMs: number;
  /** The drawing of a run without the drawing's caches (a first run after a build), which writes them. */
  chartsUncachedMs: number;
  chartsUncachedCpuMs: number;
}

/**
 * The runner on an .xlsx of `deals` deals, end to end with its chart pictures, `runs` times. The score trend
 * is drawn from the second audit on, so the timed runs audit the copy of a first audit (its history row
 * in it), as a user re-auditing last month's output does: all five charts are drawn. One more run before
 * them starts without the drawing's caches (its code cache and its kept compiles), as a first run after a
 * build does, and writes them.
 */
export async function measureWorkbookRuns(
  cli: string,
  deals: number,
  runs: number,
  today: string,
): Promise<WorkbookRunMeasurement> {
  const dir = mkdtempSync(join(tmpdir(), 'spa-bench-'));
  try {
    await writeInputWorkbook(join(dir, 'deals.xlsx'), deals, today);
    runCli(cli, ['deals.xlsx', '--out', 'first-audit.xlsx', '--today', today], dir);
    for (const cache of [DRAWING_CODE_CACHE, COMPILED_SPECS])
      rmSync(join(dirname(cli), cache), { force: true });
    const uncached = runCli(cli, ['first-audit.xlsx', '--out', 'uncached-audit.xlsx', '--today', today], dir);
    const timed: ChildRun[] = [];
    for (let run = 0; run < runs; run++)
      timed.push(runCli(cli, ['first-audit.xlsx', '--out', `run-${run}-audit.xlsx`, '--today', today], dir));
    const medianOf = (value: (run: ChildRun) => number) => median(timed.map(value));
    return {
      deals,
      runs,
      charts: timed[0].charts?.count ?? 0,
      medianSeconds: Math.round(medianOf((run) => run.seconds) * 100) / 100,
      medianCpuSeconds: Math.round(medianOf((run) => run.cpuMs) / 10) / 100,
      chartsMedianMs: Math.round(medianOf((run) => run.charts?.ms ?? 0)),
      chartsMedianCpuMs: Math.round(medianOf((run) => run.charts?.cpuMs ?? 0)),
      chartsUncachedMs: Math.round(uncached.charts?.ms ?? 0),
      chartsUncachedCpuMs: Math.round(uncached.charts?.cpuMs ?? 0),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
