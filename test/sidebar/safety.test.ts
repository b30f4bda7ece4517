// The sidebar renders user data as text only: nothing in it may parse a string as HTML.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SIDEBAR = join(__dirname, '../../sidebar');
const HTML_SINKS =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|srcdoc)\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

test('the sidebar has source files to check', () => {
  expect(
    sourceFiles(SIDEBAR)
      .map((path) => path.slice(SIDEBAR.length + 1))
      .sort(),
  ).toEqual(expect.arrayContaining(['main.ts', 'server.ts', 'dom.ts', 'views/audit.ts', 'views/data.ts']));
});

test.each(sourceFiles(SIDEBAR).map((path) => [path.slice(SIDEBAR.length + 1), path]))(
  '%s uses no HTML-parsing sink',
  (_name, path) => {
    expect(readFileSync(path, 'utf8')).not.toMatch(HTML_SINKS);
  },
);
