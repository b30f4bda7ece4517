// Every link in the README, CONTRIBUTING.md and docs/ resolves: a relative link to a file of the
// repository (and to a heading of it when it has an anchor), an absolute one to Google's documentation
// or an allow-listed host. No network: hosts are checked, not fetched.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { headingAnchors, headingSlug, markdownLinks } from './markdown';

const ROOT = resolve(__dirname, '../..');
const GOOGLE_DOC_HOSTS = [
  'developers.google.com',
  'support.google.com',
  'workspace.google.com',
  'script.google.com',
  'console.cloud.google.com',
];
/** Other hosts a document may link to; each one added here is a reviewed decision. */
const ALLOWED_HOSTS: string[] = [];

function markdownFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFilesUnder(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const DOCUMENTS = [
  join(ROOT, 'README.md'),
  join(ROOT, 'CONTRIBUTING.md'),
  ...markdownFilesUnder(join(ROOT, 'docs')),
];

/** What is wrong with a link from `file`, or null when it resolves. */
function brokenLink(file: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return 'is not a valid URL';
    }
    if (url.protocol !== 'https:') return `uses ${url.protocol} (only https links are allowed)`;
    const host = url.hostname.toLowerCase();
    return GOOGLE_DOC_HOSTS.includes(host) || ALLOWED_HOSTS.includes(host)
      ? null
      : `points to ${host}, which is neither Google documentation nor allow-listed`;
  }
  const [pathPart, anchor] = target.split('#', 2);
  const path = decodeURIComponent(pathPart.split('?')[0]);
  const resolved = path === '' ? file : resolve(dirname(file), path);
  const inside = relative(ROOT, resolved);
  if (inside.startsWith('..') || inside.startsWith(sep)) return 'leaves the repository';
  if (!existsSync(resolved)) return `points to ${inside}, which does not exist`;
  if (anchor !== undefined && resolved.endsWith('.md')) {
    const anchors = headingAnchors(readFileSync(resolved, 'utf8'));
    if (!anchors.has(decodeURIComponent(anchor))) return `has no heading #${anchor} in ${inside}`;
  }
  return null;
}

function brokenLinks(file: string, text: string): string[] {
  return markdownLinks(text).flatMap(({ target, line }) => {
    const problem = brokenLink(file, target);
    return problem ? [`${relative(ROOT, file)}:${line} ${target} ${problem}`] : [];
  });
}

test('the checked documents exist and include the privacy policy, terms and listing', () => {
  const names = DOCUMENTS.map((file) => relative(ROOT, file));
  expect(names).toEqual(
    expect.arrayContaining([
      'README.md',
      'CONTRIBUTING.md',
      join('docs', 'privacy.md'),
      join('docs', 'terms.md'),
      join('docs', 'marketplace', 'listing.md'),
      join('docs', 'marketplace', 'scopes.md'),
    ]),
  );
});

test.each(DOCUMENTS.map((file) => [relative(ROOT, file), file]))(
  'every link in %s resolves',
  (_name, file) => {
    expect(brokenLinks(file, readFileSync(file, 'utf8'))).toEqual([]);
  },
);

describe('the checker', () => {
  const readme = join(ROOT, 'README.md');

  test('reports a missing file, a path out of the repository, a foreign host, http and a missing heading', () => {
    const text = [
      'See [the spec](../shared/SPEC.md) and [gone](docs/nothing-here.md).',
      'Ask on [a forum](https://stackoverflow.com/questions/1) or <http://developers.google.com/apps-script>.',
      '![shot](docs/marketplace/icon-128.png) and [privacy](docs/privacy.md#no-such-heading).',
    ].join('\n');
    expect(brokenLinks(readme, text)).toEqual([
      'README.md:1 ../shared/SPEC.md leaves the repository',
      'README.md:1 docs/nothing-here.md points to docs/nothing-here.md, which does not exist',
      'README.md:2 https://stackoverflow.com/questions/1 points to stackoverflow.com, which is neither Google documentation nor allow-listed',
      'README.md:2 http://developers.google.com/apps-script uses http: (only https links are allowed)',
      'README.md:3 docs/privacy.md#no-such-heading has no heading #no-such-heading in docs/privacy.md',
    ]);
  });

  test('accepts Google documentation, repository files, headings and reference definitions; ignores code', () => {
    const text = [
      '[publish](https://developers.google.com/workspace/marketplace/how-to-publish "How to publish")',
      '[Polish privacy](docs/privacy.md#polityka-prywatności--audyt-procesu-sprzedaży) · [release](#release)',
      '[sdk]: https://console.cloud.google.com/apis/library',
      '`[not a link](nowhere.md)`',
      '```',
      '[also not a link](nowhere.md)',
      '```',
    ].join('\n');
    expect(brokenLinks(readme, text)).toEqual([]);
  });

  test('makes heading anchors the way GitHub does', () => {
    expect(headingSlug('Polityka prywatności — Audyt procesu sprzedaży')).toBe(
      'polityka-prywatności--audyt-procesu-sprzedaży',
    );
    expect(headingSlug('## Release')).toBe('-release');
    expect(headingSlug('What the add-on reads (v0.1.0)')).toBe('what-the-add-on-reads-v010');
  });
});
