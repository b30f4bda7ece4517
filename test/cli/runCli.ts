// Runs the built local runner (build/cli.cjs) as a user would, and reads back what it wrote.
import ExcelJS from 'exceljs';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditReport } from '../../src/core/types';

export const ROOT = join(__dirname, '../..');
export const CLI = join(ROOT, 'build/cli.cjs');

export function buildCli(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), 'cli'], { cwd: ROOT });
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
