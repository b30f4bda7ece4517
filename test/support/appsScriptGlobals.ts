// The Apps Script globals (SpreadsheetApp, LockService, …) over a FakeSpreadsheet. Every method call is
// counted per `Class.method`, so tests can see exactly what a run asked of the services.
import {
  formatDate,
  parseWritten,
  type FakeSheet,
  type FakeSpreadsheet,
  type RangeSpec,
  type StoredValue,
} from './fakeSpreadsheet';
import { fakeChartServices } from './fakeCharts';

/** Classes of the Spreadsheet service whose objects are the document (builders only configure locally). */
export const DOCUMENT_CLASSES = [
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'DeveloperMetadata',
  'EmbeddedChart',
];

/**
 * Calls that only hand out a reference (a range, the spreadsheet, a chart builder) without reading or
 * writing anything; the reads and writes made through them are what SPEC §6 counts.
 */
export const REFERENCE_CALLS = [
  'SpreadsheetApp.getActive',
  'SpreadsheetApp.getActiveSpreadsheet',
  'SpreadsheetApp.getUi',
  'SpreadsheetApp.newDataValidation',
  'Sheet.getRange',
  'Sheet.getDataRange',
  'Sheet.newChart',
  'EmbeddedChart.modify',
];

export class CallLog {
  readonly counts = new Map<string, number>();

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** Calls of the given classes (all classes when omitted). */
  total(classes?: string[]): number {
    let sum = 0;
    for (const [name, count] of this.counts) {
      if (!classes || classes.includes(name.split('.')[0])) sum += count;
    }
    return sum;
  }

  /** Reads and writes of the spreadsheet: the budget of SPEC §6 (reference getters not included). */
  documentCalls(): number {
    return this.total(DOCUMENT_CLASSES) - REFERENCE_CALLS.reduce((sum, name) => sum + this.count(name), 0);
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  reset(): void {
    this.counts.clear();
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort());
  }
}

type Methods = Record<string, (...args: never[]) => unknown>;

function counted<T extends Methods>(log: CallLog, className: string, methods: T): T {
  const wrapped: Methods = {};
  for (const [name, method] of Object.entries(methods)) {
    wrapped[name] = (...args: never[]) => {
      log.record(`${className}.${name}`);
      return method(...args);
    };
  }
  return wrapped as T;
}

function key(row: number, column: number): string {
  return `${row},${column}`;
}

function checkGrid(spec: RangeSpec, grid: unknown[][], method: string): void {
  if (grid.length !== spec.numRows || grid.some((line) => line.length !== spec.numColumns)) {
    throw new Error(
      `${method}: the data has ${grid.length} rows but the range has ${spec.numRows}` +
        ` (${spec.numRows}x${spec.numColumns} expected).`,
    );
  }
}

export function appsScriptGlobals(doc: FakeSpreadsheet, log = new CallLog()) {
  const failIf = (method: string) => {
    if (doc.failOn === method) throw new Error(`Service error in ${method} (simulated).`);
  };

  function rangeOf(sheet: FakeSheet, spec: RangeSpec): GoogleAppsScript.Spreadsheet.Range {
    const each = (fn: (row: number, column: number, r: number, c: number) => void) => {
      for (let r = 0; r < spec.numRows; r++)
        for (let c = 0; c < spec.numColumns; c++) fn(spec.row + r, spec.column + c, r, c);
    };
    const readGrid = <V>(read: (row: number, column: number) => V): V[][] =>
      Array.from({ length: spec.numRows }, (_, r) =>
        Array.from({ length: spec.numColumns }, (_, c) => read(spec.row + r, spec.column + c)),
      );
    const setAttribute = (method: string, target: Map<string, string>, grid: unknown[][]) => {
      failIf(method);
      checkGrid(spec, grid, method);
      each((row, column, r, c) => {
        const value = grid[r][c];
        if (value === null || value === '' || value === undefined) target.delete(key(row, column));
        else target.set(key(row, column), String(value));
      });
    };
    const range: Methods = counted(log, 'Range', {
      getRow: () => spec.row,
      getColumn: () => spec.column,
      getNumRows: () => spec.numRows,
      getNumColumns: () => spec.numColumns,
      getValues: () =>
        readGrid((row, column): StoredValue => {
          const value = sheet.cell(row, column).value;
          return value instanceof Date ? new Date(value.getTime()) : value;
        }),
      getFormulas: () => readGrid((row, column) => sheet.cell(row, column).formula ?? ''),
      setValues: (grid: unknown[][]) => {
        failIf('setValues');
        checkGrid(spec, grid, 'setValues');
        each((row, column, r, c) => sheet.write(row, column, parseWritten(grid[r][c], doc.timeZone)));
        return range;
      },
      setValue: (value: unknown) => {
        each((row, column) => sheet.write(row, column, parseWritten(value, doc.timeZone)));
        return range;
      },
      getNumberFormats: () => readGrid((row, column) => sheet.numberFormats.get(key(row, column)) ?? ''),
      setNumberFormats: (grid: unknown[][]) => (
        setAttribute('setNumberFormats', sheet.numberFormats, grid),
        range
      ),
      setNumberFormat: (format: string) => {
        each((row, column) => sheet.numberFormats.set(key(row, column), format));
        return range;
      },
      getBackgrounds: () => readGrid((row, column) => sheet.backgrounds.get(key(row, column)) ?? '#ffffff'),
      setBackgrounds: (grid: unknown[][]) => (setAttribute('setBackgrounds', sheet.backgrounds, grid), range),
      getFontWeights: () => readGrid((row, column) => sheet.fontWeights.get(key(row, column)) ?? 'normal'),
      setFontWeights: (grid: unknown[][]) => (setAttribute('setFontWeights', sheet.fontWeights, grid), range),
      setFontWeight: (weight: string) => {
        each((row, column) => sheet.fontWeights.set(key(row, column), weight));
        return range;
      },
      getFontColors: () => readGrid((row, column) => sheet.fontColors.get(key(row, column)) ?? '#000000'),
      setFontColors: (grid: unknown[][]) => (setAttribute('setFontColors', sheet.fontColors, grid), range),
      getWraps: () => readGrid((row, column) => sheet.wraps.get(key(row, column)) === 'true'),
      setWraps: (grid: unknown[][]) => (setAttribute('setWraps', sheet.wraps, grid), range),
      merge: () => {
        failIf('merge');
        sheet.merges.push({ ...spec });
        return range;
      },
      setDataValidation: (rule: { values: string[]; allowInvalid: boolean } | null) => {
        sheet.validations = sheet.validations.filter((v) => JSON.stringify(v.range) !== JSON.stringify(spec));
        if (rule)
          sheet.validations.push({
            range: { ...spec },
            values: rule.values,
            allowInvalid: rule.allowInvalid,
          });
        return range;
      },
      activate: () => {
        doc.activeRange = { sheet: sheet.name, range: { ...spec } };
        return range;
      },
    });
    Object.assign(range, { spec, sheetId: sheet.id });
    return range as unknown as GoogleAppsScript.Spreadsheet.Range;
  }

  const charts = fakeChartServices(log, counted, failIf);

  function metadataOf(entry: { key: string; value: string | null }) {
    return counted(log, 'DeveloperMetadata', {
      getKey: () => entry.key,
      getValue: () => entry.value,
    });
  }

  function sheetOf(sheet: FakeSheet): GoogleAppsScript.Spreadsheet.Sheet {
    const range = (row: number, column: number, numRows = 1, numColumns = 1) => {
      const outside =
        row < 1 ||
        column < 1 ||
        numRows < 1 ||
        numColumns < 1 ||
        row + numRows - 1 > sheet.maxRows ||
        column + numColumns - 1 > sheet.maxColumns;
      if (outside) throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
      return rangeOf(sheet, { row, column, numRows, numColumns });
    };
    /** The stand-in grows a sheet only at its end, which is all the add-on asks for. */
    const growAfter = (position: number, last: number, what: string) => {
      if (position !== last) throw new Error(`The stand-in inserts ${what} only after the last one.`);
    };
    const api: Methods = counted(log, 'Sheet', {
      getName: () => sheet.name,
      setName: (name: string) => {
        failIf('setName');
        if (doc.nameTaken(name, sheet))
          throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
        if (doc.activeRange?.sheet === sheet.name) doc.activeRange.sheet = name;
        sheet.name = name;
        return api;
      },
      getSheetId: () => sheet.id,
      getIndex: () => doc.sheets.indexOf(sheet) + 1,
      getLastRow: () => sheet.lastRow,
      getLastColumn: () => sheet.lastColumn,
      getMaxRows: () => {
        failIf('getMaxRows');
        return sheet.maxRows;
      },
      getMaxColumns: () => sheet.maxColumns,
      insertRowsAfter: (afterPosition: number, howMany: number) => {
        growAfter(afterPosition, sheet.maxRows, 'rows');
        sheet.maxRows += howMany;
        return api;
      },
      insertColumnsAfter: (afterPosition: number, howMany: number) => {
        growAfter(afterPosition, sheet.maxColumns, 'columns');
        sheet.maxColumns += howMany;
        return api;
      },
      getRange: range,
      getDataRange: () =>
        rangeOf(sheet, {
          row: 1,
          column: 1,
          numRows: Math.max(1, sheet.lastRow),
          numColumns: Math.max(1, sheet.lastColumn),
        }),
      appendRow: (values: unknown[]) => {
        failIf('appendRow');
        const row = sheet.lastRow + 1;
        sheet.maxRows = Math.max(sheet.maxRows, row);
        values.forEach((value, c) => sheet.write(row, c + 1, parseWritten(value, doc.timeZone)));
        return api;
      },
      setFrozenRows: (rows: number) => {
        sheet.frozenRows = rows;
      },
      getFrozenRows: () => sheet.frozenRows,
      setColumnWidth: (column: number, width: number) => (sheet.columnWidths.set(column, width), api),
      setColumnWidths: (start: number, count: number, width: number) => {
        for (let c = start; c < start + count; c++) sheet.columnWidths.set(c, width);
        return api;
      },
      addDeveloperMetadata: (metadataKey: string, value?: string) => {
        sheet.metadata.push({ key: metadataKey, value: value ?? null });
        return api;
      },
      getDeveloperMetadata: () => sheet.metadata.map(metadataOf),
      ...charts.sheetMethods(sheet),
      activate: () => {
        doc.activeRange = { sheet: sheet.name, range: { row: 1, column: 1, numRows: 1, numColumns: 1 } };
        return api;
      },
    });
    (api as { fake?: FakeSheet }).fake = sheet;
    return api as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  }

  const spreadsheet = counted(log, 'Spreadsheet', {
    getSheets: () => doc.sheets.map(sheetOf),
    getSheetByName: (name: string) => {
      const sheet = doc.sheet(name);
      return sheet ? sheetOf(sheet) : null;
    },
    insertSheet: (name: string, index?: number) => {
      failIf('insertSheet');
      const sheet = doc.addSheet(name, index);
      // Like Sheets: the new sheet becomes the active one.
      doc.activeRange = { sheet: name, range: { row: 1, column: 1, numRows: 1, numColumns: 1 } };
      return sheetOf(sheet);
    },
    deleteSheet: (sheet: { fake: FakeSheet }) => {
      failIf('deleteSheet');
      doc.sheets = doc.sheets.filter((s) => s !== sheet.fake);
    },
    setActiveSheet: (sheet: { fake: FakeSheet }) => {
      doc.activeRange = { sheet: sheet.fake.name, range: { row: 1, column: 1, numRows: 1, numColumns: 1 } };
      return sheet;
    },
    getSpreadsheetTimeZone: () => doc.timeZone,
    getSpreadsheetLocale: () => doc.locale,
    toast: (message: string, title = '') => {
      doc.toasts.push({ message, title });
    },
  });

  const menu: Methods = counted(log, 'Menu', {
    addItem: (caption: string, functionName: string) => (
      doc.menus.push({ method: 'addItem', args: [caption, functionName] }),
      menu
    ),
    addSeparator: () => (doc.menus.push({ method: 'addSeparator', args: [] }), menu),
    addToUi: () => {
      doc.menus.push({ method: 'addToUi', args: [] });
    },
  });

  const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO' };
  const ui = {
    ...counted(log, 'Ui', {
      createAddonMenu: () => (doc.menus.push({ method: 'createAddonMenu', args: [] }), menu),
      alert: (...args: string[]) => {
        const [title, message] = args.length >= 2 && args[1] !== ButtonSet.OK ? args : ['', args[0]];
        doc.alerts.push({ title, message });
        return 'OK';
      },
      showSidebar: (output: { title: string; html: string }) => {
        doc.dialogs.push({ kind: 'sidebar', title: output.title, html: output.html });
      },
      showModalDialog: (output: { html: string }, title: string) => {
        doc.dialogs.push({ kind: 'modal', title, html: output.html });
      },
    }),
    ButtonSet,
  };

  function validationBuilder() {
    const rule = { values: [] as string[], allowInvalid: true };
    const builder: Methods = counted(log, 'DataValidationBuilder', {
      requireValueInList: (values: string[]) => ((rule.values = [...values]), builder),
      setAllowInvalid: (allow: boolean) => ((rule.allowInvalid = allow), builder),
      build: () => rule,
    });
    return builder;
  }

  const SpreadsheetApp = {
    ...counted(log, 'SpreadsheetApp', {
      getActive: () => spreadsheet,
      getActiveSpreadsheet: () => spreadsheet,
      getUi: () => ui,
      newDataValidation: validationBuilder,
    }),
  };

  function htmlOutput(html: string) {
    const output = { title: '', html };
    const api: Methods = counted(log, 'HtmlOutput', {
      setTitle: (title: string) => ((output.title = title), api),
      setWidth: () => api,
      setHeight: () => api,
      getContent: () => output.html,
    });
    Object.defineProperties(api, {
      title: { get: () => output.title },
      html: { get: () => output.html },
    });
    return api;
  }

  const HtmlService = counted(log, 'HtmlService', {
    createHtmlOutput: (html: string) => htmlOutput(html),
    createHtmlOutputFromFile: (file: string) => htmlOutput(`<!-- file: ${file} -->`),
  });

  const lock = counted(log, 'Lock', {
    tryLock: () => {
      if (doc.lock.heldElsewhere) return false;
      doc.lock.held = true;
      return true;
    },
    releaseLock: () => {
      doc.lock.held = false;
    },
    hasLock: () => doc.lock.held,
  });

  const properties: Methods = counted(log, 'Properties', {
    getProperty: (name: string) => doc.documentProperties.get(name) ?? null,
    setProperty: (name: string, value: string) => (
      doc.documentProperties.set(name, String(value)),
      properties
    ),
    deleteProperty: (name: string) => (doc.documentProperties.delete(name), properties),
  });

  return {
    log,
    globals: {
      SpreadsheetApp,
      HtmlService,
      LockService: counted(log, 'LockService', {
        getDocumentLock: () => (doc.lock.available ? lock : null),
      }),
      PropertiesService: counted(log, 'PropertiesService', { getDocumentProperties: () => properties }),
      Utilities: counted(log, 'Utilities', { formatDate }),
      Session: counted(log, 'Session', {
        getActiveUserLocale: () => doc.userLocale,
        getScriptTimeZone: () => doc.timeZone,
      }),
      Charts: charts.Charts,
      ScriptApp: {
        AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
      },
    },
  };
}
