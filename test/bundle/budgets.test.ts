// What clasp pushes stays small enough to load fast and to leave room for the next features (issue 15):
// dist/Code.js under 300,000 bytes, dist/Sidebar.html under 150,000. Code.js is minified for it, keeping the
// names of its functions and classes, which is what Apps Script's execution log shows of an error.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FakeSpreadsheet } from '../support/fakeSpreadsheet';
import { bundleCode, loadBundle } from '../support/loadBundle';

const dist = join(__dirname, '../../dist');

describe('size budgets', () => {
  it.each([
    ['Code.js', 300_000],
    ['Sidebar.html', 150_000],
  ])('dist/%s is under %d bytes', (file, budget) => {
    expect(statSync(join(dist, file)).size).toBeLessThan(budget);
  });
});

describe('dist/Code.js, minified', () => {
  it('is minified: no comments, no indentation', () => {
    expect(bundleCode()).not.toMatch(/^\s*\/\//m);
    expect(bundleCode()).not.toMatch(/^ {2}/m);
  });

  it('keeps the names of functions, arrow functions and classes', () => {
    const code = bundleCode();
    expect(code).toMatch(/\bfunction runAuditAction\(/);
    expect(code).toMatch(/\bfunction validateSchedule\(/);
    expect(code).toMatch(/\bbyName=\(/);
    expect(code).toMatch(/\bclass UserError\b/);
  });

  it('names the functions of an error’s stack as the source does', () => {
    const bundle = loadBundle(new FakeSpreadsheet());
    let stack = '';
    try {
      bundle.call('sidebarSetSchedule', { dayOfMonth: 31, hour: 6 });
    } catch (error) {
      stack = (error as Error).stack ?? '';
    }
    expect(stack).toMatch(/^UserError: /);
    expect(stack).toMatch(/at validateSchedule \(Code\.js:\d+:\d+\)/);
    expect(stack).toMatch(/at sidebarSetSchedule \(Code\.js:\d+:\d+\)/);
  });

  it('minifies the sidebar’s styles too', () => {
    const html = readFileSync(join(dist, 'Sidebar.html'), 'utf8');
    const styles = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    expect(styles).toContain('body{');
    expect(styles).not.toContain('\n  ');
  });
});
