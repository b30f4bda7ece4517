// Writing the runner's caches beside its build (codeCache.ts, compiledSpecs.ts).
import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Writes `data` whole under another name, then renames it: a run starting meanwhile reads the old file or
 * the new one. A folder that cannot be written is left so: the cache only saves time.
 */
export function writeCacheFile(file: string, data: string | Uint8Array): void {
  const partial = `${file}.${process.pid}`;
  try {
    writeFileSync(partial, data);
    renameSync(partial, file);
  } catch {
    rmSync(partial, { force: true });
  }
}
