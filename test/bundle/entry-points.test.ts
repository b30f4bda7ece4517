// Loads the built dist/Code.js the way Apps Script does: one global scope, no module system.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

const ENTRY_POINTS = [
  'onOpen',
  'onInstall',
  'runAudit',
  'showSidebar',
  'createInputTabs',
  'insertSampleData',
];
const code = readFileSync(join(__dirname, '../../dist/Code.js'), 'utf8');

interface MenuCall {
  method: string;
  args: unknown[];
}

/** Just enough of SpreadsheetApp for the menu; any spreadsheet access is recorded as a failure. */
function menuOnlyGlobals() {
  const menuCalls: MenuCall[] = [];
  const documentAccess: string[] = [];
  const menu: Record<string, (...args: unknown[]) => unknown> = {};
  for (const method of ['addItem', 'addSeparator', 'addSubMenu', 'addToUi']) {
    menu[method] = (...args: unknown[]) => {
      menuCalls.push({ method, args });
      return menu;
    };
  }
  const ui = {
    createAddonMenu: () => {
      menuCalls.push({ method: 'createAddonMenu', args: [] });
      return menu;
    },
    createMenu: (...args: unknown[]) => {
      menuCalls.push({ method: 'createMenu', args });
      return menu;
    },
  };
  const SpreadsheetApp = new Proxy(
    { getUi: () => ui },
    {
      get(target, prop: string) {
        if (prop in target) return target[prop as keyof typeof target];
        documentAccess.push(`SpreadsheetApp.${prop}`);
        return () => {
          throw new Error(`SpreadsheetApp.${prop} touched in AuthMode.NONE`);
        };
      },
    },
  );
  const Session = { getActiveUserLocale: () => 'en' };
  return {
    globals: { SpreadsheetApp, Session, ScriptApp: { AuthMode: { NONE: 'NONE' } } },
    menuCalls,
    documentAccess,
  };
}

describe('dist/Code.js', () => {
  it.each(ENTRY_POINTS)('declares %s as a top-level function', (name) => {
    expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    const context = vm.createContext({});
    vm.runInContext(code, context);
    expect(typeof (context as Record<string, unknown>)[name]).toBe('function');
  });

  it('has no side effects when loaded', () => {
    const { globals, menuCalls, documentAccess } = menuOnlyGlobals();
    const context = vm.createContext({ ...globals });
    vm.runInContext(code, context);
    expect(menuCalls).toEqual([]);
    expect(documentAccess).toEqual([]);
  });

  it('builds the add-on menu in AuthMode.NONE without touching the document', () => {
    const { globals, menuCalls, documentAccess } = menuOnlyGlobals();
    const context = vm.createContext({ ...globals });
    vm.runInContext(code, context);
    vm.runInContext('onOpen({ authMode: ScriptApp.AuthMode.NONE })', context);
    expect(menuCalls[0]).toEqual({ method: 'createAddonMenu', args: [] });
    const items = menuCalls.filter((c) => c.method === 'addItem').map((c) => c.args);
    expect(items).toEqual([
      ['Run audit', 'runAudit'],
      ['Open sidebar', 'showSidebar'],
      ['Create input tabs', 'createInputTabs'],
      ['Insert sample data', 'insertSampleData'],
      ['Help', 'showHelp'],
    ]);
    expect(menuCalls[menuCalls.length - 1].method).toBe('addToUi');
    expect(documentAccess).toEqual([]);
  });
});
