// Bundles scripts/make-examples.ts with esbuild (no TypeScript runner needed) and runs it from the repo root.
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'build/make-examples.cjs');
await mkdir(dirname(outfile), { recursive: true });
await build({
  entryPoints: [join(root, 'scripts/make-examples.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  outfile,
});
process.chdir(root);
const { makeExamples } = createRequire(import.meta.url)(outfile);
await makeExamples();
console.log('Examples written to examples/');
