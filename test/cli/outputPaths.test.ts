import { linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../../src/cli/errors';
import { checkOutputPath, outputPaths } from '../../src/cli/outputPaths';

function keyOf(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (error) {
    if (error instanceof CliError) return error.key;
    throw error;
  }
}

describe('outputPaths', () => {
  it('defaults to out/<input>-audit.xlsx and a JSON beside the .xlsx', () => {
    expect(outputPaths('data/sales.xlsx', null, null, '/work')).toEqual({
      xlsx: '/work/out/sales-audit.xlsx',
      json: '/work/out/sales-audit.json',
    });
    expect(outputPaths('csv', '/tmp/r.xlsx', null, '/work')).toEqual({
      xlsx: '/tmp/r.xlsx',
      json: '/tmp/r.json',
    });
    expect(outputPaths('a.csv', null, 'r.json', '/work')).toEqual({
      xlsx: '/work/out/a-audit.xlsx',
      json: '/work/r.json',
    });
  });
});

describe('checkOutputPath', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spa-paths-'));
  const input = join(dir, 'sales.xlsx');
  writeFileSync(input, 'x');
  const link = join(dir, 'link.xlsx');
  symlinkSync(input, link);
  const folder = join(dir, 'csv');
  mkdirSync(folder);
  const usersFile = join(dir, 'report.xlsx');
  writeFileSync(usersFile, 'x');
  const earlier = join(dir, 'sales-audit.xlsx');
  writeFileSync(earlier, 'x');
  mkdirSync(join(dir, 'out'));
  const inOut = join(dir, 'out', 'anything.xlsx');
  writeFileSync(inOut, 'x');

  it('refuses the input itself, also through a link and with --force', () => {
    expect(keyOf(() => checkOutputPath(input, { file: input }, false, dir))).toBe('cli.error.outputIsInput');
    expect(keyOf(() => checkOutputPath(link, { file: input }, true, dir))).toBe('cli.error.outputIsInput');
    expect(keyOf(() => checkOutputPath(join(dir, 'x', '..', 'sales.xlsx'), { file: input }, true, dir))).toBe(
      'cli.error.outputIsInput',
    );
  });

  it('refuses a hard link to the input (same device and inode), also with --force', () => {
    const hardLink = join(dir, 'sales-audit-copy.xlsx');
    linkSync(input, hardLink);
    expect(keyOf(() => checkOutputPath(hardLink, { file: input }, true, dir))).toBe(
      'cli.error.outputIsInput',
    );
  });

  it('refuses a hard link to a file of an input folder', () => {
    writeFileSync(join(folder, 'Deals.csv'), 'x');
    const hardLink = join(dir, 'deals-audit.json');
    linkSync(join(folder, 'Deals.csv'), hardLink);
    expect(keyOf(() => checkOutputPath(hardLink, { folder }, true, dir))).toBe('cli.error.outputInsideInput');
  });

  it('never writes through a symbolic link, even to an earlier result or with --force', () => {
    const toUsersFile = join(dir, 'out', 'report-audit.json');
    symlinkSync(usersFile, toUsersFile);
    expect(keyOf(() => checkOutputPath(toUsersFile, { file: input }, true, dir))).toBe(
      'cli.error.outputIsLink',
    );
  });

  it('refuses any file inside an input folder', () => {
    expect(keyOf(() => checkOutputPath(join(folder, 'a-audit.xlsx'), { folder }, true, dir))).toBe(
      'cli.error.outputInsideInput',
    );
    expect(keyOf(() => checkOutputPath(join(dir, 'csv-audit.xlsx'), { folder }, false, dir))).toBeNull();
  });

  it('replaces an existing file only when it is an earlier result or with --force', () => {
    expect(keyOf(() => checkOutputPath(usersFile, { file: input }, false, dir))).toBe(
      'cli.error.outputExists',
    );
    expect(keyOf(() => checkOutputPath(usersFile, { file: input }, true, dir))).toBeNull();
    expect(keyOf(() => checkOutputPath(earlier, { file: input }, false, dir))).toBeNull();
    expect(keyOf(() => checkOutputPath(inOut, { file: input }, false, dir))).toBeNull();
    expect(keyOf(() => checkOutputPath(join(dir, 'new.xlsx'), { file: input }, false, dir))).toBeNull();
  });
});
