// `npm run screenshots`: regenerates every image of the Marketplace listing and the docs (icons, card
// banner, screenshots, docs/images/audit-tab.png) from the real product: the built sidebar and add-on,
// and the audit tab `npm run demo` writes. Needs Debian's Chromium, LibreOffice and poppler-utils
// (`apt-get install -y chromium libreoffice-calc poppler-utils`); not part of `npm test` for that reason.
import { spawnSync } from 'node:child_process';
import { bundleNodeScript, root } from './bundleNodeScript.mjs';
const REQUIRED_TOOLS = [
  ['/usr/bin/chromium', 'chromium'],
  ['soffice', 'libreoffice-calc'],
  ['pdftoppm', 'poppler-utils'],
];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}).`);
}

const missing = REQUIRED_TOOLS.filter(
  ([tool]) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status !== 0,
);
if (missing.length) {
  console.error(
    `Missing tools. Install them with: apt-get install -y ${missing.map(([, pkg]) => pkg).join(' ')}`,
  );
  process.exit(1);
}

run('node', ['scripts/build.mjs', 'addon', 'sidebar']);
run('npm', ['run', '--silent', 'demo']);
// The Polish example, audited the way the demo audits the English one.
const polishDemo = ['examples/sample-sales-pl.xlsx', '--out', 'out/sample-sales-pl-audit.xlsx'];
run('node', ['build/cli.cjs', ...polishDemo, '--today', '2026-11-27', '--lang', 'pl', '--locale', 'pl-PL']);
// Two folders deep, like the source, so the relative paths to dist/ in the reused test helpers hold.
await bundleNodeScript('scripts/screenshots/main.ts', 'build/screenshots/main.cjs');
run('node', ['build/screenshots/main.cjs']);
