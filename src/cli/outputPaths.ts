// Where the results go, and the rules that keep the input safe from them.
import { existsSync, lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { CliError } from './errors';
import type { InputLocation } from './input';

export const OUTPUT_FOLDER = 'out';

export interface OutputPaths {
  xlsx: string;
  json: string;
}

/** Defaults: out/<input name>-audit.xlsx, and the JSON next to the .xlsx with the same name. */
export function outputPaths(
  input: string,
  out: string | null,
  json: string | null,
  cwd: string,
): OutputPaths {
  const xlsx = out ?? join(OUTPUT_FOLDER, `${basename(input, extname(input))}-audit.xlsx`);
  return {
    xlsx: resolve(cwd, xlsx),
    json: resolve(cwd, json ?? xlsx.replace(/\.xlsx$/i, '.json')),
  };
}

/**
 * The input is never replaced, even with --force: not by its own path, a link to it, or a hard link (the same
 * device and inode under another name); nothing is written inside an input folder, nor onto a hard link to one
 * of its files. A symbolic link is never written through: the file behind it may be anything.
 * An existing file is replaced only when it looks like an earlier result of the runner (it lies in out/
 * or its name ends in -audit.xlsx / -audit.json) or with --force, so a typo cannot destroy a user's file.
 */
export function checkOutputPath(path: string, input: InputLocation, force: boolean, cwd: string): void {
  const target = canonical(path);
  const existing = statOrNull(path);
  if ('file' in input && (target === canonical(input.file) || sameFile(existing, statOrNull(input.file)))) {
    throw new CliError('cli.error.outputIsInput', { path });
  }
  if ('folder' in input && (isInside(target, canonical(input.folder)) || linksInto(existing, input.folder))) {
    throw new CliError('cli.error.outputInsideInput', { path, folder: input.folder });
  }
  if (isSymbolicLink(path)) throw new CliError('cli.error.outputIsLink', { path });
  if (force || !existsSync(path)) return;
  const earlierResult =
    isInside(target, canonical(resolve(cwd, OUTPUT_FOLDER))) || /-audit\.(xlsx|json)$/i.test(basename(path));
  if (!earlierResult) throw new CliError('cli.error.outputExists', { path });
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function sameFile(a: Stats | null, b: Stats | null): boolean {
  return a !== null && b !== null && a.isFile() && a.dev === b.dev && a.ino === b.ino;
}

/** Whether an existing file is a hard link to a file in the input folder. */
function linksInto(existing: Stats | null, folder: string): boolean {
  if (existing === null || existing.nlink < 2) return false;
  return readdirSync(folder).some((name) => sameFile(existing, statOrNull(join(folder, name))));
}

/** The real path, following links, of a file that may not exist yet (its folder is resolved instead). */
function canonical(path: string): string {
  const full = resolve(path);
  if (existsSync(full)) return realpathSync.native(full);
  const parent = dirname(full);
  return parent === full ? full : join(canonical(parent), basename(full));
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel);
}
