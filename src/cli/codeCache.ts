// Loads a CommonJS bundle with V8's code cache kept in a file beside it, as Node 22's
// module.enableCompileCache() does for every module (the runner also runs on Node 20, which has none).
// The cache is written after the bundle's work, so it holds the functions compiled while working too,
// not only the top level: the next run skips compiling them. V8 rejects a cache of another V8 version
// or flags, but checks the source only by its length, so the file starts with a hash of the source.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import { writeCacheFile } from './cacheFile';

const HASH_BYTES = 32;

export interface CachedModule<T> {
  exports: T;
  /** Whether V8 took the code from the cache file. */
  fromCache: boolean;
  /** Writes the cache when it was missing, stale or rejected; a folder that cannot be written is left so. */
  keepCache(): void;
}

function readCache(cacheFile: string, sourceHash: Buffer): Buffer | undefined {
  try {
    const cache = readFileSync(cacheFile);
    return cache.subarray(0, HASH_BYTES).equals(sourceHash) ? cache.subarray(HASH_BYTES) : undefined;
  } catch {
    return undefined;
  }
}

export function requireWithCodeCache<T>(file: string, cacheFile: string): CachedModule<T> {
  const source = readFileSync(file, 'utf8');
  const sourceHash = createHash('sha256').update(source).digest();
  const cachedData = readCache(cacheFile, sourceHash);
  // The wrapper Node puts around a CommonJS module.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} as T };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: module.exports,
    fromCache,
    keepCache() {
      if (!fromCache) writeCacheFile(cacheFile, Buffer.concat([sourceHash, script.createCachedData()]));
    },
  };
}
