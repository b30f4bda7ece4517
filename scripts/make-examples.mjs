// Bundles scripts/make-examples.ts (no TypeScript runner needed) and runs it from the repo root.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bundleNodeScript, root } from './bundleNodeScript.mjs';

const outfile = 'build/make-examples.cjs';
await bundleNodeScript('scripts/make-examples.ts', outfile);
process.chdir(root);
const { makeExamples } = createRequire(import.meta.url)(join(root, outfile));
await makeExamples();
console.log('Examples written to examples/');
