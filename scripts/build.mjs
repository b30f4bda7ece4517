// Builds what clasp pushes (dist/) and the local runner (build/cli.cjs).
// Usage: node scripts/build.mjs [addon] [sidebar] [cli]   (no argument: all three)
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

async function buildAddon() {
  const { default: config } = await import(join(root, 'webpack.config.js'));
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (err, result) => (err ? reject(err) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  await copyFile(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
}

// HtmlService serves one file, so the sidebar's script and styles are inlined into it.
async function buildSidebar() {
  const result = await build({
    entryPoints: [join(root, 'sidebar/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
  });
  const script = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const template = await readFile(join(root, 'sidebar/index.html'), 'utf8');
  const styles = await readFile(join(root, 'sidebar/styles.css'), 'utf8');
  const html = template
    .replace('<!-- styles -->', () => `<style>\n${styles}</style>`)
    .replace('<!-- script -->', () => `<script>\n${script}</script>`);
  await writeFile(join(dist, 'Sidebar.html'), html);
}

async function buildCli() {
  await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    outfile: join(root, 'build/cli.cjs'),
  });
}

const targets = { addon: buildAddon, sidebar: buildSidebar, cli: buildCli };
const wanted = process.argv.slice(2);
const names = wanted.length ? wanted : Object.keys(targets);
await mkdir(dist, { recursive: true });
for (const name of names) {
  if (!targets[name])
    throw new Error(`Unknown build target "${name}". Use: ${Object.keys(targets).join(', ')}`);
  await targets[name]();
}
