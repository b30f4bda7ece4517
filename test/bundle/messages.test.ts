// Each bundle carries only its own texts: its entry registers exactly the catalog domains its code asks for.
// What a bundle asks for is read from the code esbuild bundles for its entry (the message tables stubbed
// out): every string that is a catalog key, and every `prefix.${…}` template or 'prefix.' + … whose prefix
// starts catalog keys. The built dist/ files are then checked for keys of domains their bundle leaves out.
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ADDON_MESSAGES } from '../../src/addon/messages';
import { CLI_MESSAGES } from '../../src/cli/messages';
import { ALL_MESSAGES, type DomainName } from '../../src/core/i18n/allMessages';
import { registerMessages, t, type MessageKey } from '../../src/core/i18n/catalog';
import { SIDEBAR_MESSAGES } from '../../sidebar/messages';

const root = join(__dirname, '../..');

const domainOfKey = new Map<string, DomainName>();
for (const [domain, { en }] of Object.entries(ALL_MESSAGES) as [DomainName, { en: object }][]) {
  for (const key of Object.keys(en)) domainOfKey.set(key, domain);
}

/** The message tables as empty ones, so only code is scanned. */
const stubMessageTables: Plugin = {
  name: 'stub-message-tables',
  setup(build) {
    build.onLoad({ filter: /[\\/]i18n[\\/]messages[\\/][^\\/]+\.ts$/ }, () => ({
      contents: 'export const en = {}; export const pl = {};',
      loader: 'ts',
    }));
  },
};

/** The bundle's code, unminified, as esbuild bundles the entry (tree-shaken like the real build). */
async function bundledCode(entry: string, platform: 'browser' | 'node'): Promise<string> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform,
    target: 'es2019',
    packages: platform === 'node' ? 'external' : undefined,
    plugins: [stubMessageTables],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The strings of the code, and for a template its text before the first `${`. */
function stringsOf(code: string): { text: string; isPrefix: boolean; file: string }[] {
  const source = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  // esbuild starts each module's code with a `// path` comment.
  const modules = [...code.matchAll(/^\s*\/\/ ((?:src|sidebar)\/\S+\.ts)$/gm)].map((m) => ({
    at: m.index ?? 0,
    file: m[1],
  }));
  const fileAt = (pos: number) => modules.filter((m) => m.at <= pos).pop()?.file ?? '?';
  const found: { text: string; isPrefix: boolean; file: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      found.push({ text: node.text, isPrefix: node.text.endsWith('.'), file: fileAt(node.pos) });
    } else if (ts.isTemplateExpression(node)) {
      found.push({ text: node.head.text, isPrefix: true, file: fileAt(node.pos) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The domains the code asks for, each with one place that asks, for the failure message. */
function domainsAskedFor(code: string): Map<DomainName, string> {
  const asked = new Map<DomainName, string>();
  for (const { text, isPrefix, file } of stringsOf(code)) {
    const keys =
      isPrefix && /^[a-zA-Z]+\./.test(text)
        ? [...domainOfKey.keys()].filter((key) => key.startsWith(text))
        : domainOfKey.has(text)
          ? [text]
          : [];
    for (const key of keys) {
      const domain = domainOfKey.get(key) as DomainName;
      if (!asked.has(domain)) asked.set(domain, `${file}: ${isPrefix ? `${text}…` : text}`);
    }
  }
  return asked;
}

const BUNDLES = [
  { name: 'dist/Code.js', entry: 'src/addon/main.ts', platform: 'browser', registers: ADDON_MESSAGES },
  { name: 'dist/Sidebar.html', entry: 'sidebar/main.ts', platform: 'browser', registers: SIDEBAR_MESSAGES },
  { name: 'build/cli.cjs', entry: 'src/cli/main.ts', platform: 'node', registers: CLI_MESSAGES },
] as const;

describe.each(BUNDLES)('$name', ({ entry, platform, registers }) => {
  let asked = new Map<DomainName, string>();
  beforeAll(async () => {
    asked = domainsAskedFor(await bundledCode(entry, platform));
  });

  it('registers every domain its code asks for, and no other', () => {
    const registered = Object.keys(registers).sort();
    const missing = [...asked].filter(([domain]) => !registered.includes(domain));
    const unused = registered.filter((domain) => !asked.has(domain as DomainName));
    expect({ missing, unused }).toEqual({ missing: [], unused: [] });
  });

  it('registers the catalog’s own domain tables under their names', () => {
    for (const [domain, tables] of Object.entries(registers)) {
      expect(tables.en).toBe(ALL_MESSAGES[domain as DomainName].en);
    }
  });
});

describe('the built files', () => {
  const keysOutside = (registers: object) =>
    [...domainOfKey].filter(([, domain]) => !(domain in registers)).map(([key]) => key);
  const quotedKeys = (text: string, keys: string[]) =>
    keys.filter((key) => text.includes(`"${key}"`) || text.includes(`'${key}'`));

  it('dist/Code.js holds no text of the sidebar or the runner', () => {
    const code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
    expect(quotedKeys(code, keysOutside(ADDON_MESSAGES))).toEqual([]);
    expect(
      quotedKeys(
        code,
        [...domainOfKey.keys()].filter((key) => /^(sidebar|cli)\./.test(key)),
      ),
    ).toEqual([]);
    // The check itself can fail: the add-on's own keys are there.
    expect(quotedKeys(code, ['addon.busy', 'tab.movement.title'])).toHaveLength(2);
  });

  it('dist/Sidebar.html holds no text of the runner, nor of the add-on only', () => {
    const html = readFileSync(join(root, 'dist/Sidebar.html'), 'utf8');
    expect(quotedKeys(html, keysOutside(SIDEBAR_MESSAGES))).toEqual([]);
    expect(
      quotedKeys(
        html,
        [...domainOfKey.keys()].filter((key) => key.startsWith('cli.')),
      ),
    ).toEqual([]);
    expect(quotedKeys(html, ['sidebar.loading'])).toHaveLength(1);
  });
});

describe('a text whose domain the bundle did not register', () => {
  it('fails loudly instead of showing the key', () => {
    jest.isolateModules(() => {
      // A fresh catalog, as a bundle has it: only the sidebar's domains.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require('../../src/core/i18n/catalog') as typeof import('../../src/core/i18n/catalog');
      fresh.registerMessages(SIDEBAR_MESSAGES);
      expect(fresh.t('en', 'sidebar.loading')).toBe('Loading…');
      expect(() => fresh.t('en', 'cli.error.writeFailed' as MessageKey)).toThrow(
        'Message "cli.error.writeFailed" is not registered in this bundle.',
      );
    });
  });

  it('registering a domain twice is harmless; two domains with one key are an error', () => {
    registerMessages({ sidebar: ALL_MESSAGES.sidebar });
    expect(t('pl', 'sidebar.loading')).toBe(ALL_MESSAGES.sidebar.pl['sidebar.loading']);
    expect(() => registerMessages({ sidebar: { en: {}, pl: {} } })).toThrow(
      'Message domain "sidebar" is registered twice with different texts.',
    );
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require('../../src/core/i18n/catalog') as typeof import('../../src/core/i18n/catalog');
      fresh.registerMessages({ verdict: ALL_MESSAGES.verdict });
      expect(() =>
        fresh.registerMessages({
          figures: { en: { 'verdict.actions': 'x' }, pl: { 'verdict.actions': 'x' } },
        }),
      ).toThrow('Message "verdict.actions" of domain "figures" is defined twice.');
    });
  });
});
