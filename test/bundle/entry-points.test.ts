// dist/Code.js as Apps Script loads it: one global scope, the entry points as top-level functions.
import vm from 'node:vm';
import type * as entryPoints from '../../src/addon/main';
import { SERVER_FUNCTION_NAMES, type ServerFunctions } from '../../src/core/server-api';
import { FakeSpreadsheet } from '../support/fakeSpreadsheet';
import { bundleCode, loadBundle } from '../support/loadBundle';

/** What Apps Script itself calls (menu, triggers); a new export of main.ts that is neither fails to compile. */
const APPS_SCRIPT_ENTRY_POINTS: Record<Exclude<keyof typeof entryPoints, keyof ServerFunctions>, true> = {
  onOpen: true,
  onInstall: true,
  runAudit: true,
  showSidebar: true,
  createInputTabs: true,
  insertSampleData: true,
  showHelp: true,
  scheduledAudit: true,
};
const ENTRY_POINTS = [...Object.keys(APPS_SCRIPT_ENTRY_POINTS), ...SERVER_FUNCTION_NAMES];

/** Building the menu may touch only these: AuthMode.NONE forbids reading the document. */
const MENU_CALLS = [
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addToUi',
];

function topLevelFunctions(): string[] {
  const context = vm.createContext({});
  vm.runInContext(bundleCode(), context);
  return Object.keys(context).filter(
    (name) => typeof (context as Record<string, unknown>)[name] === 'function',
  );
}

describe('dist/Code.js', () => {
  it.each(ENTRY_POINTS)('declares %s as a top-level function', (name) => {
    // gas-webpack-plugin's empty declaration at the top, which Apps Script lists and google.script.run calls.
    expect(bundleCode()).toMatch(new RegExp(`(^|[;}\\n])function ${name}\\(\\)\\{\\}`));
    expect(topLevelFunctions()).toContain(name);
  });

  it('exposes nothing else the sidebar client could call', () => {
    expect(topLevelFunctions().sort()).toEqual([...ENTRY_POINTS].sort());
  });

  it('has no side effects when loaded', () => {
    const { log } = loadBundle(new FakeSpreadsheet());
    expect(log.total()).toBe(0);
  });

  it.each(['NONE', 'LIMITED', 'FULL'])(
    'builds the add-on menu in AuthMode.%s without touching the document',
    (authMode) => {
      const bundle = loadBundle(new FakeSpreadsheet());
      bundle.call('onOpen', { authMode });
      const called = Object.keys(bundle.log.toJSON()).filter((name) => !name.startsWith('Session.'));
      expect(called.every((name) => MENU_CALLS.includes(name))).toBe(true);
      expect(bundle.doc.menus[0]).toEqual({ method: 'createAddonMenu', args: [] });
      expect(bundle.doc.menus.filter((c) => c.method === 'addItem').map((c) => c.args)).toEqual([
        ['Run audit', 'runAudit'],
        ['Open sidebar', 'showSidebar'],
        ['Create input tabs', 'createInputTabs'],
        ['Insert sample data', 'insertSampleData'],
        ['Help', 'showHelp'],
      ]);
      expect(bundle.doc.menus[bundle.doc.menus.length - 1].method).toBe('addToUi');
    },
  );

  it.each(['pl', 'pl_PL'])(
    'onInstall builds the same menu, in the user’s language (locale %s)',
    (userLocale) => {
      const bundle = loadBundle(new FakeSpreadsheet({ userLocale }));
      bundle.call('onInstall', { authMode: 'FULL' });
      expect(bundle.doc.menus.filter((c) => c.method === 'addItem').map((c) => c.args)).toEqual([
        ['Uruchom audyt', 'runAudit'],
        ['Otwórz panel boczny', 'showSidebar'],
        ['Utwórz karty na dane', 'createInputTabs'],
        ['Wstaw przykładowe dane', 'insertSampleData'],
        ['Pomoc', 'showHelp'],
      ]);
    },
  );
});
