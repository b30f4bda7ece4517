// Every OAuth scope the manifest asks for is justified in docs/marketplace/scopes.md, and the set is the
// three of SPEC §6: reviewers reject add-ons with scopes they cannot explain.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sectionsAt } from './markdown';

const ROOT = join(__dirname, '../..');
const SPEC_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.scriptapp',
];
/** A justification says what the add-on does with the scope, not just its name. */
const MIN_JUSTIFICATION_LENGTH = 200;

function manifestScopes(manifestJson: string): string[] {
  const manifest = JSON.parse(manifestJson) as { oauthScopes?: unknown };
  if (!Array.isArray(manifest.oauthScopes)) throw new Error('appsscript.json has no oauthScopes list');
  return manifest.oauthScopes.map(String);
}

/** The scopes justified by scopes.md: each `## <scope URL>` heading with enough text under it. */
function justifiedScopes(scopesMarkdown: string): Map<string, string> {
  const justified = new Map<string, string>();
  for (const [heading, body] of sectionsAt(scopesMarkdown, 2)) {
    if (heading.startsWith('https://')) justified.set(heading, body);
  }
  return justified;
}

function unjustifiedScopes(manifestJson: string, scopesMarkdown: string): string[] {
  const justified = justifiedScopes(scopesMarkdown);
  return manifestScopes(manifestJson).filter(
    (scope) => (justified.get(scope)?.length ?? 0) < MIN_JUSTIFICATION_LENGTH,
  );
}

const manifestJson = readFileSync(join(ROOT, 'appsscript.json'), 'utf8');
const scopesMarkdown = readFileSync(join(ROOT, 'docs/marketplace/scopes.md'), 'utf8');

test('the manifest asks for exactly the three scopes of the specification', () => {
  expect([...manifestScopes(manifestJson)].sort()).toEqual([...SPEC_SCOPES].sort());
});

test('every scope in the manifest is justified in scopes.md', () => {
  expect(unjustifiedScopes(manifestJson, scopesMarkdown)).toEqual([]);
});

test('scopes.md justifies no scope the manifest does not ask for', () => {
  expect([...justifiedScopes(scopesMarkdown).keys()].sort()).toEqual(
    [...manifestScopes(manifestJson)].sort(),
  );
});

test('a scope added to the manifest without a justification is caught', () => {
  const widened = JSON.stringify({
    oauthScopes: [...SPEC_SCOPES, 'https://www.googleapis.com/auth/script.external_request'],
  });
  expect(unjustifiedScopes(widened, scopesMarkdown)).toEqual([
    'https://www.googleapis.com/auth/script.external_request',
  ]);
});

test('a heading with no reason under it does not count as a justification', () => {
  const bare = `## ${SPEC_SCOPES[0]}\n\nNeeded.\n\n## ${SPEC_SCOPES[1]}\n\n${'x'.repeat(MIN_JUSTIFICATION_LENGTH)}\n`;
  expect(unjustifiedScopes(JSON.stringify({ oauthScopes: SPEC_SCOPES }), bare)).toEqual([
    SPEC_SCOPES[0],
    SPEC_SCOPES[2],
  ]);
});

test('a manifest without an oauthScopes list is an error, not "nothing to justify"', () => {
  expect(() => unjustifiedScopes('{"timeZone":"Europe/Warsaw"}', scopesMarkdown)).toThrow(/oauthScopes/);
});
