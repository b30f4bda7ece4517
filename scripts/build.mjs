// Builds what clasp pushes (dist/) and the local runner (build/cli.cjs, with the chart drawing and its fonts).
// Usage: node scripts/build.mjs [addon] [sidebar] [cli] [bench]   (no argument: addon, sidebar, cli)
import { build, transform } from 'esbuild';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import webpack from 'webpack';
import { bundleNodeScript, root } from './bundleNodeScript.mjs';

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
  const { code: styles } = await transform(await readFile(join(root, 'sidebar/styles.css'), 'utf8'), {
    loader: 'css',
    minify: true,
  });
  const html = template
    .replace('<!-- styles -->', () => `<style>${styles}</style>`)
    .replace('<!-- script -->', () => `<script>\n${script}</script>`);
  await writeFile(join(dist, 'Sidebar.html'), html);
}

// The runner loads its chart drawing only when it draws (src/cli/chartImages.ts): one minified file with Vega
// and Vega-Lite inside, which loads in a fraction of the time of Vega's ES module packages from node_modules.
// vega-canvas is taken in its browser build: the Node one tries to import node-canvas, and with it Vega
// would measure text on a canvas instead of estimating it, so the pictures would depend on the machine.
function bundleChartDrawing() {
  return build({
    entryPoints: [join(root, 'src/cli/chartDrawing.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    external: ['@resvg/resvg-js'],
    alias: { 'vega-canvas': join(root, 'node_modules/vega-canvas/build/vega-canvas.browser.js') },
    outfile: join(root, 'build/chartDrawing.cjs'),
  });
}

/** The subset of the chart font the runner draws with (src/cli/chartFonts.ts), into build/fonts. */
async function writeChartFonts() {
  const script = 'build/chartFontSubset.cjs';
  await bundleNodeScript('scripts/chartFontSubset.ts', script);
  const { writeChartFontSubset } = createRequire(import.meta.url)(join(root, script));
  await writeChartFontSubset(join(root, 'build/fonts'));
}

async function buildRunner() {
  await bundleNodeScript('src/cli/main.ts', 'build/cli.cjs');
  await bundleChartDrawing();
  await writeChartFonts();
}

const targets = {
  addon: buildAddon,
  sidebar: buildSidebar,
  cli: buildRunner,
  // The benchmark runs dist/Code.js in the Sheets stand-in, so it needs the add-on built too, and it times the
  // runner, so build/cli.cjs as well. The bundle sits two folders deep, as the stand-in's loader in
  // test/support does, so its relative dist/ path holds.
  bench: async () => {
    await buildAddon();
    await buildRunner();
    await bundleNodeScript('scripts/bench.ts', 'build/bench/bench.cjs');
  },
};
const defaultTargets = ['addon', 'sidebar', 'cli'];
const wanted = process.argv.slice(2);
const names = wanted.length ? wanted : defaultTargets;
await mkdir(dist, { recursive: true });
for (const name of names) {
  if (!targets[name])
    throw new Error(`Unknown build target "${name}". Use: ${Object.keys(targets).join(', ')}`);
  await targets[name]();
}
