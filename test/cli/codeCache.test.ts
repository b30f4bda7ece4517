import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireWithCodeCache } from '../../src/cli/codeCache';

describe('requireWithCodeCache', () => {
  let dir = '';
  let bundle = '';
  let cache = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'spa-code-cache-'));
    bundle = join(dir, 'bundle.cjs');
    cache = join(dir, 'bundle.cache');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const load = () => requireWithCodeCache<{ answer: () => string; file: string }>(bundle, cache);

  it('runs the bundle as a CommonJS module, with its own require and file name', () => {
    writeFileSync(
      bundle,
      "const { sep } = require('node:path'); exports.answer = () => 'a' + sep; exports.file = __filename;",
    );
    const loaded = load();
    expect(loaded.exports.answer()).toBe('a/');
    expect(loaded.exports.file).toBe(bundle);
  });

  it('writes the cache after the work, headed by the hash of the source, and takes it on the next load', () => {
    const source = "exports.answer = () => 'first';";
    writeFileSync(bundle, source);
    const first = load();
    expect(first.fromCache).toBe(false);
    first.exports.answer();
    first.keepCache();
    const written = readFileSync(cache);
    expect(written.subarray(0, 32)).toEqual(createHash('sha256').update(source).digest());
    expect(written.length).toBeGreaterThan(32);

    const second = load();
    expect(second.fromCache).toBe(true);
    expect(second.exports.answer()).toBe('first');
    second.keepCache();
    expect(readFileSync(cache)).toEqual(written);
  });

  it('ignores the cache of another source of the same length (V8 would take it) and replaces it', () => {
    writeFileSync(bundle, "exports.answer = () => 'first';");
    load().keepCache();
    writeFileSync(bundle, "exports.answer = () => 'other';");
    const rebuilt = load();
    expect(rebuilt.fromCache).toBe(false);
    expect(rebuilt.exports.answer()).toBe('other');
    rebuilt.keepCache();
    expect(load().fromCache).toBe(true);
  });

  it('compiles afresh over a damaged cache', () => {
    const source = "exports.answer = () => 'first';";
    writeFileSync(bundle, source);
    writeFileSync(
      cache,
      Buffer.concat([createHash('sha256').update(source).digest(), Buffer.from('not V8 code')]),
    );
    const loaded = load();
    expect(loaded.fromCache).toBe(false);
    expect(loaded.exports.answer()).toBe('first');
  });

  it('works on without a cache where none can be written, leaving no partial file', () => {
    writeFileSync(bundle, "exports.answer = () => 'first';");
    const loaded = requireWithCodeCache<{ answer: () => string }>(
      bundle,
      join(dir, 'missing', 'bundle.cache'),
    );
    expect(() => loaded.keepCache()).not.toThrow();
    expect(readdirSync(dir)).toEqual(['bundle.cjs']);
  });
});
