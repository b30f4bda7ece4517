// `npm run screenshots`: regenerates every image of the Marketplace listing and the docs (icons, card
// banner, screenshots, docs/images/audit-tab.png) from the real product: the built sidebar and add-on,
// and the audit tab `npm run demo` writes. Needs Debian's Chromium, LibreOffice, poppler-utils and Carlito
// (`apt-get install -y chromium libreoffice-calc poppler-utils fonts-crosextra-carlito`); not part of
// `npm test` for that reason. Carlito has Calibri's metrics: an .xlsx measures its column widths in the
// digits of its default font, Calibri, and with another font LibreOffice draws every column about a quarter
// wider than Sheets and Excel do.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleNodeScript, root } from './bundleNodeScript.mjs';
const REQUIRED = [
  ['command -v /usr/bin/chromium', 'chromium'],
  ['command -v soffice', 'libreoffice-calc'],
  ['command -v pdftoppm', 'poppler-utils'],
  ['fc-list Carlito | grep -q .', 'fonts-crosextra-carlito'],
];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}).`);
}

const missing = REQUIRED.filter(
  ([check]) => spawnSync('sh', ['-c', check], { stdio: 'ignore' }).status !== 0,
);
if (missing.length) {
  console.error(
    `Missing tools or fonts. Install them with: apt-get install -y ${missing.map(([, pkg]) => pkg).join(' ')}`,
  );
  process.exit(1);
}

run('node', ['scripts/build.mjs', 'addon', 'sidebar']);
// The pictures show a first audit, as the sidebar beside them does: an earlier demo's output would be
// continued (one more history row, "since the last audit" against itself).
for (const output of ['out/sample-sales-audit.xlsx', 'out/sample-sales-pl-audit.xlsx'])
  rmSync(join(root, output), { force: true });
run('npm', ['run', '--silent', 'demo']);
// The Polish example, audited the way the demo audits the English one.
const polishDemo = ['examples/sample-sales-pl.xlsx', '--out', 'out/sample-sales-pl-audit.xlsx'];
run('node', ['build/cli.cjs', ...polishDemo, '--today', '2026-11-27', '--lang', 'pl', '--locale', 'pl-PL']);
// Two folders deep, like the source, so the relative paths to dist/ in the reused test helpers hold.
await bundleNodeScript('scripts/screenshots/main.ts', 'build/screenshots/main.cjs');
run('node', ['build/screenshots/main.cjs']);
