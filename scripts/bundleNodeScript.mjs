// Bundles a TypeScript entry for Node with esbuild, so scripts run without a TypeScript runner.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `entry` and `outfile` are relative to the repository root; packages stay external (node_modules). */
export function bundleNodeScript(entry, outfile) {
  return build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    outfile: join(root, outfile),
  });
}
