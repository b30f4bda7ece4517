// The local runner on a big Deals CSV, as a user runs it: wall time and peak memory (RSS) of the built CLI in
// a child process. The CSV is written here from the seeded generator, a block of deals repeated with new ids.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateSalesData } from '../src/core/sample/generator';
import type { Cell } from '../src/core/types';

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

export interface RunnerMeasurement {
  rows: number;
  csvMb: number;
  seconds: number;
  peakRssMb: number;
  exitCode: number | null;
}

/** Runs build/cli.cjs on a generated CSV of `rows` deals. */
export function measureRunner(cli: string, rows: number, today: string): RunnerMeasurement {
  const dir = mkdtempSync(join(tmpdir(), 'spa-bench-'));
  try {
    const csv = join(dir, 'deals.csv');
    writeDealsCsv(csv, rows, today);
    const rssFile = join(dir, 'rss');
    const preload = join(dir, 'rss.cjs');
    writeFileSync(
      preload,
      `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
    );
    const start = performance.now();
    const run = spawnSync(process.execPath, ['--require', preload, cli, csv, '--today', today], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const seconds = (performance.now() - start) / 1000;
    return {
      rows,
      csvMb: Math.round(readFileSync(csv).length / 2 ** 20),
      seconds: Math.round(seconds * 10) / 10,
      peakRssMb: Math.round(Number(readFileSync(rssFile, 'utf8')) / 1024),
      exitCode: run.status,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
