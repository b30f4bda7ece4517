// The stand-in must behave like Sheets where the add-on's safety depends on it.
import vm from 'node:vm';
import { appsScriptGlobals } from '../support/appsScriptGlobals';
import {
  FakeSpreadsheet,
  formatDate,
  FORMULA_PLACEHOLDER,
  parseWritten,
  zonedDate,
} from '../support/fakeSpreadsheet';
import { scriptRunCopy } from '../support/scriptRunValue';

describe('parseWritten (what Sheets makes of a written value)', () => {
  it.each([
    ['=SUM(A1:A2)', FORMULA_PLACEHOLDER, '=SUM(A1:A2)'],
    ['+A1', FORMULA_PLACEHOLDER, '=+A1'],
    ['-B2*3', FORMULA_PLACEHOLDER, '=-B2*3'],
    ["'=SUM(A1:A2)", '=SUM(A1:A2)', null],
    ["'0012", '0012', null],
    ['0012', 12, null],
    ['-5.5', -5.5, null],
    ['TRUE', true, null],
    ['@mention', '@mention', null],
    ['plain text', 'plain text', null],
  ])('%s', (input, value, formula) => {
    expect(parseWritten(input, 'UTC')).toEqual({ value, formula });
  });

  it('reads an ISO date string as midnight in the spreadsheet zone', () => {
    const cell = parseWritten('2024-03-05', 'Europe/Warsaw');
    expect((cell.value as Date).toISOString()).toBe('2024-03-04T23:00:00.000Z');
  });

  it('keeps empty, numbers, booleans and Dates as they are', () => {
    const date = new Date('2024-01-02T03:04:05Z');
    expect(parseWritten(null, 'UTC').value).toBe('');
    expect(parseWritten(7, 'UTC').value).toBe(7);
    expect(parseWritten(false, 'UTC').value).toBe(false);
    expect(parseWritten(date, 'UTC').value).toEqual(date);
  });
});

describe('formatDate (Utilities.formatDate)', () => {
  it('formats in the given zone', () => {
    const instant = new Date('2024-04-15T22:30:00Z');
    expect(formatDate(instant, 'Europe/Warsaw', 'yyyy-MM-dd')).toBe('2024-04-16');
    expect(formatDate(instant, 'America/New_York', "yyyy-MM-dd'T'HH:mm")).toBe('2024-04-15T18:30');
    expect(formatDate(instant, 'Europe/Warsaw', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe(
      '2024-04-16T00:30:00+02:00',
    );
    expect(formatDate(instant, 'Asia/Kolkata', 'HH:mmXXX')).toBe('04:00+05:30');
    expect(formatDate(instant, 'America/St_Johns', 'HH:mmXXX')).toBe('20:00-02:30');
    expect(formatDate(instant, 'UTC', 'HH:mmXXX')).toBe('22:30Z');
  });

  it('finds the instant of a wall-clock time', () => {
    expect(zonedDate('America/New_York', 2024, 7, 1, 9).toISOString()).toBe('2024-07-01T13:00:00.000Z');
  });
});

describe('the services over a FakeSpreadsheet', () => {
  it('returns Dates, numbers, booleans and empty strings from getValues, never null', () => {
    const doc = new FakeSpreadsheet({ timeZone: 'UTC' });
    doc.addSheet('Data').fill([
      ['a', 1, true],
      [new Date('2024-01-01T00:00:00Z'), null, ''],
    ]);
    const { globals } = appsScriptGlobals(doc);
    const values = globals.SpreadsheetApp.getActive().getSheetByName('Data')!.getDataRange().getValues();
    expect(values).toEqual([
      ['a', 1, true],
      [new Date('2024-01-01T00:00:00Z'), '', ''],
    ]);
  });

  it('stores a written formula as a formula and an apostrophe string as text', () => {
    const doc = new FakeSpreadsheet();
    doc.addSheet('Data');
    const { globals } = appsScriptGlobals(doc);
    const range = globals.SpreadsheetApp.getActive().getSheetByName('Data')!.getRange(1, 1, 1, 2);
    range.setValues([['=IMPORTXML("http://x","//a")', '\'=IMPORTXML("http://x","//a")']]);
    expect(range.getFormulas()).toEqual([['=IMPORTXML("http://x","//a")', '']]);
    expect(range.getValues()).toEqual([[FORMULA_PLACEHOLDER, '=IMPORTXML("http://x","//a")']]);
  });

  it('counts every call per class and method', () => {
    const doc = new FakeSpreadsheet();
    doc.addSheet('A');
    const { globals, log } = appsScriptGlobals(doc);
    const spreadsheet = globals.SpreadsheetApp.getActive();
    spreadsheet.getSheets().forEach((sheet) => sheet.getName());
    expect(log.toJSON()).toEqual({
      'Sheet.getName': 1,
      'Spreadsheet.getSheets': 1,
      'SpreadsheetApp.getActive': 1,
    });
    // getActive only hands out the spreadsheet; reading the sheets and their names is what counts.
    expect(log.documentCalls()).toBe(2);
  });

  it('refuses a write whose data does not match the range, like Sheets', () => {
    const doc = new FakeSpreadsheet();
    doc.addSheet('A');
    const { globals } = appsScriptGlobals(doc);
    const range = globals.SpreadsheetApp.getActive().getSheetByName('A')!.getRange(1, 1, 2, 2);
    expect(() => range.setValues([[1, 2]])).toThrow(/rows/);
  });
});

describe('google.script.run values (scriptRunCopy)', () => {
  class Money {
    constructor(readonly amount: number) {}
  }

  it('carries primitives, plain objects and arrays; undefined in an array becomes null, an undefined field goes', () => {
    expect(scriptRunCopy({ a: 1, b: 'x', c: [true, null, undefined], d: undefined, e: { f: [] } })).toEqual({
      a: 1,
      b: 'x',
      c: [true, null, null],
      e: { f: [] },
    });
  });

  it.each([
    ['a Date', { when: new Date('2024-01-01T00:00:00Z') }, /a Date \(at value\.when\)/],
    ['a Date deep in an array', { rows: [[1, new Date(0)]] }, /a Date \(at value\.rows\[0\]\[1\]\)/],
    ['a function', { run: () => 1 }, /a function/],
    ['a class instance', { price: new Money(5) }, /an instance of Money/],
    ['a Map', { index: new Map() }, /an instance of Map/],
    ['NaN', { score: Number.NaN }, /the number NaN/],
  ])('refuses %s', (_what, value, message) => {
    expect(() => scriptRunCopy(value)).toThrow(message);
  });

  it('refuses a circular reference', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => scriptRunCopy(loop)).toThrow(/circular/);
  });

  it('accepts a plain object made in another realm (the bundle runs in its own vm context)', () => {
    const foreign = vm.runInNewContext('({ a: [1, { b: 2 }] })') as unknown;
    expect(scriptRunCopy(foreign)).toEqual({ a: [1, { b: 2 }] });
    expect(() => scriptRunCopy(vm.runInNewContext('({ d: new Date(0) })'))).toThrow(/a Date/);
  });
});

describe('the lock, flush and alerts', () => {
  function session() {
    const doc = new FakeSpreadsheet();
    doc.addSheet('A');
    const { globals } = appsScriptGlobals(doc);
    const lock = globals.LockService.getDocumentLock()!;
    const sheet = globals.SpreadsheetApp.getActive().getSheetByName('A')!;
    return { doc, globals, lock, sheet };
  }

  it('records a breach when the lock is released with writes not yet flushed', () => {
    const { doc, lock, sheet } = session();
    lock.tryLock(0);
    sheet.getRange(1, 1).setValues([[1]]);
    lock.releaseLock();
    expect(doc.breaches).toEqual(['the document lock was released with 1 unflushed writes']);
  });

  it('records nothing when flush() comes first', () => {
    const { doc, globals, lock, sheet } = session();
    lock.tryLock(0);
    sheet.getRange(1, 1).setValues([[1]]);
    globals.SpreadsheetApp.flush();
    lock.releaseLock();
    expect(doc.breaches).toEqual([]);
  });

  it('records a breach for a modal alert while the lock is held, not after it is released', () => {
    const { doc, globals, lock } = session();
    lock.tryLock(0);
    globals.SpreadsheetApp.getUi().alert('busy');
    lock.releaseLock();
    globals.SpreadsheetApp.getUi().alert('done');
    expect(doc.breaches).toEqual(['Ui.alert while the document lock is held: busy']);
  });
});

describe('cell text and the grid', () => {
  it('refuses a cell text over 50,000 characters, like Sheets', () => {
    const doc = new FakeSpreadsheet();
    doc.addSheet('A');
    const { globals } = appsScriptGlobals(doc);
    const range = globals.SpreadsheetApp.getActive().getSheetByName('A')!.getRange(1, 1);
    expect(() => range.setValues([['x'.repeat(50_001)]])).toThrow(/maximum of 50000 characters/);
    expect(() => range.setValue('x'.repeat(50_001))).toThrow(/maximum of 50000 characters/);
    range.setValues([['x'.repeat(50_000)]]);
  });

  it('shows #NUM! for a number that is not finite and counts the write as a breach', () => {
    const doc = new FakeSpreadsheet();
    doc.addSheet('A');
    const { globals } = appsScriptGlobals(doc);
    const range = globals.SpreadsheetApp.getActive().getSheetByName('A')!.getRange(1, 1, 1, 3);
    range.setValues([[Infinity, NaN, 1e308]]);
    expect(doc.sheet('A')!.values()).toEqual([['#NUM!', '#NUM!', 1e308]]);
    expect(doc.breaches).toEqual([
      'setValues wrote the number Infinity, which Sheets cannot hold',
      'setValues wrote the number NaN, which Sheets cannot hold',
    ]);
  });

  it('gives new sheets the grid the test asks for and refuses ranges past it', () => {
    const doc = new FakeSpreadsheet();
    doc.newSheetSize = { rows: 100, columns: 10 };
    const { globals } = appsScriptGlobals(doc);
    const sheet = globals.SpreadsheetApp.getActive().insertSheet('A');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([100, 10]);
    expect(() => sheet.getRange(1, 1, 101, 1)).toThrow(/outside the dimensions/);
    expect(() => sheet.getRange(1, 11)).toThrow(/outside the dimensions/);
  });
});

describe('data validations', () => {
  function sheetA() {
    const doc = new FakeSpreadsheet();
    doc.addSheet('A');
    const { globals, log } = appsScriptGlobals(doc);
    // The add-on's view of the stand-in: the Apps Script types.
    const app = globals.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const sheet = app.getActive().getSheetByName('A')!;
    const rule = (values: string[]) =>
      app.newDataValidation().requireValueInList(values, true).setAllowInvalid(true).build();
    return { doc, log, sheet, rule };
  }

  it('setDataValidations takes a rule per cell, recorded as one validation per run down a column, in one call', () => {
    const { doc, log, sheet, rule } = sheetA();
    const stage = rule(['Won', 'Lost']);
    const type = rule(['New']);
    sheet.getRange(2, 1, 3, 3).setDataValidations([
      [stage, null, type],
      [stage, null, type],
      [stage, null, null],
    ]);
    expect(doc.sheet('A')!.validations).toEqual([
      {
        range: { row: 2, column: 1, numRows: 3, numColumns: 1 },
        values: ['Won', 'Lost'],
        allowInvalid: true,
      },
      { range: { row: 2, column: 3, numRows: 2, numColumns: 1 }, values: ['New'], allowInvalid: true },
    ]);
    expect(log.count('Range.setDataValidations')).toBe(1);
  });

  it('refuses a grid that is not shaped like the range, as Sheets does', () => {
    const { sheet, rule } = sheetA();
    expect(() => sheet.getRange(2, 1, 3, 1).setDataValidations([[rule(['Won'])]])).toThrow();
  });

  it('replaces the validations inside the range, null removing them', () => {
    const { doc, sheet, rule } = sheetA();
    sheet.getRange(2, 1, 2, 1).setDataValidations([[rule(['Won'])], [rule(['Won'])]]);
    sheet.getRange(1, 1, 5, 1).setDataValidations([[null], [null], [null], [null], [null]]);
    expect(doc.sheet('A')!.validations).toEqual([]);
  });
});

describe('properties', () => {
  it('refuse a value over 9 KB and a store over 500 KB, as Apps Script does, and keep what they had', () => {
    const doc = new FakeSpreadsheet();
    const { globals } = appsScriptGlobals(doc);
    const store =
      globals.PropertiesService.getDocumentProperties() as unknown as GoogleAppsScript.Properties.Properties;
    store.setProperty('fits', 'x'.repeat(9 * 1024));
    // 'ż' takes two bytes: 4,700 of them are 9,400.
    expect(() => store.setProperty('over', 'ż'.repeat(4_700))).toThrow(/too large/);
    const pieces: Record<string, string> = {};
    for (let i = 0; i < 60; i++) pieces[`piece.${i}`] = 'y'.repeat(9_000);
    expect(() => store.setProperties(pieces)).toThrow(/quota/);
    expect(Object.keys(store.getProperties())).toEqual(['fits']);
  });
});
