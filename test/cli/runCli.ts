// Runs the built local runner (build/cli.cjs) as a user would, and reads back what it wrote.
import ExcelJS from 'exceljs';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AuditReport } from '../../src/core/types';

export const ROOT = join(__dirname, '../..');
export const CLI = join(ROOT, 'build/cli.cjs');

function newestSource(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(folder, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }, 0);
}

/**
 * Builds build/cli.cjs with the project's build script when it is older than the sources. Test files run
 * in parallel workers: a lock folder makes them build one at a time, and the staleness check makes only
 * the first one write, so no worker runs the bundle while another rewrites it.
 */
export function buildCli(): void {
  const lock = join(ROOT, 'build/.cli-build-lock');
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      // Wait while the holder lives, however slow the machine; a lock whose holder died is taken over.
      if (!holderAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    if (!existsSync(CLI) || statSync(CLI).mtimeMs < newestSource(join(ROOT, 'src'))) {
      execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), 'cli'], { cwd: ROOT });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Whether the process that took the lock still runs (a lock without a pid yet is being taken: alive). */
function holderAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    return existsSync(lock);
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd = ROOT): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function readReport(path: string): AuditReport {
  return JSON.parse(readFileSync(path, 'utf8')) as AuditReport;
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}
