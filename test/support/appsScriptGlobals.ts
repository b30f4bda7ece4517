// The Apps Script globals (SpreadsheetApp, LockService, …) over a FakeSpreadsheet. Every method call is
// counted per `Class.method`, so tests can see exactly what a run asked of the services.
import {
  formatDate,
  isDateFormat,
  parseWritten,
  serialToDate,
  type FakeSheet,
  type FakeSpreadsheet,
  type RangeSpec,
  type StoredValue,
} from './fakeSpreadsheet';
import { a1Notation } from '../../src/core/cells/merges';
import { scriptAppStandIn } from './scriptApp';
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
 * Calls of document classes that neither read nor change the document (SPEC §6 counts those that do): a
 * toast is a passing message on the user's screen.
 */
export const NOT_DOCUMENT_CALLS = ['Spreadsheet.toast'];

/**
 * Calls that only hand out a reference (a range, the spreadsheet, a chart builder) without reading or
 * writing anything; the reads and writes made through them are what SPEC §6 counts.
 */
export const REFERENCE_CALLS = [
  'SpreadsheetApp.getActive',
  'SpreadsheetApp.getActiveSpreadsheet',
  'SpreadsheetApp.getUi',
  'SpreadsheetApp.newDataValidation',
  'SpreadsheetApp.newTextStyle',
  'Spreadsheet.getSheetById',
  'Spreadsheet.getSheetByName',
  'Sheet.getRange',
  'Sheet.getDataRange',
  // A range's own address, not the document's state (the merges getMergedRanges hands out are read so).
  'Range.getA1Notation',
  'Sheet.newChart',
  'EmbeddedChart.modify',
];

export class CallLog {
  readonly counts = new Map<string, number>();
  /** Calls on each tab's Sheet and Range objects, by tab name and `Class.method`: what one tab costs. */
  readonly bySheet = new Map<string, Map<string, number>>();

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  recordOn(sheetName: string, name: string): void {
    let counts = this.bySheet.get(sheetName);
    if (!counts) this.bySheet.set(sheetName, (counts = new Map()));
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }

  /** Reads and writes made through one tab's Sheet and Range objects (reference getters not included). */
  sheetDocumentCalls(sheetName: string): number {
    const uncounted = [...REFERENCE_CALLS, ...NOT_DOCUMENT_CALLS];
    let sum = 0;
    for (const [name, count] of this.bySheet.get(sheetName) ?? [])
      if (!uncounted.includes(name)) sum += count;
    return sum;
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
    const uncounted = [...REFERENCE_CALLS, ...NOT_DOCUMENT_CALLS];
    return this.total(DOCUMENT_CLASSES) - uncounted.reduce((sum, name) => sum + this.count(name), 0);
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  reset(): void {
    this.counts.clear();
    this.bySheet.clear();
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort());
  }
}

type Methods = Record<string, (...args: never[]) => unknown>;

/** Methods that change the document: Sheets holds them back until flush() or the end of the script. */
const WRITE_METHOD = /^(set|insert|delete|append|add|merge|clear|copyTo|remove|breakApart|update)/;

function counted<T extends Methods>(
  log: CallLog,
  className: string,
  methods: T,
  onWrite: () => void = () => undefined,
): T {
  const wrapped: Methods = {};
  const changesDocument = DOCUMENT_CLASSES.includes(className) && className !== 'SpreadsheetApp';
  for (const [name, method] of Object.entries(methods)) {
    wrapped[name] = (...args: never[]) => {
      log.record(`${className}.${name}`);
      if (changesDocument && WRITE_METHOD.test(name)) onWrite();
      return method(...args);
    };
  }
  return wrapped as T;
}

/**
 * Quotas for Google Services: "Properties value size 9 KB / val", "Properties total storage 500 KB / property
 * store" (https://developers.google.com/apps-script/guides/services/quotas); keys count towards the store.
 */
export const PROPERTY_VALUE_BYTES = 9 * 1024;
export const PROPERTY_STORE_BYTES = 500 * 1024;

/** Sets values as one call does: all or none, refused over a quota. */
function setProperties(stored: Map<string, string>, values: Record<string, unknown>): void {
  const next = new Map(stored);
  for (const [name, value] of Object.entries(values)) {
    const text = String(value);
    if (Buffer.byteLength(text) > PROPERTY_VALUE_BYTES)
      throw new Error(`Argument too large: value (${name}).`);
    next.set(name, text);
  }
  let total = 0;
  for (const [name, value] of next) total += Buffer.byteLength(name) + Buffer.byteLength(value);
  if (total > PROPERTY_STORE_BYTES) throw new Error('You have exceeded the property storage quota.');
  for (const [name, value] of next) stored.set(name, value);
}

/** Sheets refuses a cell text longer than this: "Your input contains more than the maximum of 50000 characters in a single cell." */
export const CELL_TEXT_LIMIT = 50_000;

/**
 * What Sheets does with the cells a write hands it that it cannot hold. Text over the limit: the whole
 * write is refused. A number that is not finite: Google documents nothing (the Sheets API refuses one with
 * INVALID_ARGUMENT; scripts that wrote one report a #NUM! cell), so the stand-in stores #NUM! and counts a
 * breach, which fails the call: whatever Sheets makes of it, the user would not see a figure.
 */
function checkCells(grid: unknown[][], method: string, doc: FakeSpreadsheet): void {
  for (const line of grid)
    for (const value of line) {
      if (typeof value === 'string' && value.length > CELL_TEXT_LIMIT)
        throw new Error(
          `${method}: Your input contains more than the maximum of ${CELL_TEXT_LIMIT} characters in a single cell.`,
        );
      if (typeof value === 'number' && !Number.isFinite(value))
        doc.breaches.push(`${method} wrote the number ${value}, which Sheets cannot hold`);
    }
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

/** SpreadsheetApp.CopyPasteType (https://developers.google.com/apps-script/reference/spreadsheet/copy-paste-type). */
export const COPY_PASTE = {
  PASTE_NORMAL: 'PASTE_NORMAL',
  PASTE_VALUES: 'PASTE_VALUES',
  PASTE_FORMAT: 'PASTE_FORMAT',
  PASTE_COLUMN_WIDTHS: 'PASTE_COLUMN_WIDTHS',
} as const;

const FORMAT_MAPS = ['numberFormats', 'backgrounds', 'fontWeights', 'fontColors', 'wraps'] as const;

/** A cell of a merge other than its top-left: Sheets keeps no value there, and getValues gives ''. */
function hiddenByMerge(sheet: FakeSheet, row: number, column: number): boolean {
  return sheet.merges.some(
    (merge) => within(merge, row, column) && (row !== merge.row || column !== merge.column),
  );
}

function overlaps(a: RangeSpec, b: RangeSpec): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

function within(outer: RangeSpec, row: number, column: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.numRows &&
    column >= outer.column &&
    column < outer.column + outer.numColumns
  );
}

/**
 * Sheet.clear(): "Clears the sheet of content and formatting information." Merges, column widths, frozen
 * rows, data validation, charts and developer metadata stay: the stand-in keeps what the page does not promise.
 */
function clearSheet(sheet: FakeSheet): void {
  sheet.cells = [];
  for (const map of FORMAT_MAPS) sheet[map].clear();
}

/**
 * Range.copyTo(destination, type): PASTE_NORMAL pastes "values, formulas, formats and merges" (merges of the
 * destination inside the pasted area are replaced); PASTE_COLUMN_WIDTHS only the widths. Data validation,
 * column widths and frozen rows are not part of a normal paste, charts are never copied. Only the top-left
 * cell of the destination counts; like a paste, the destination grid grows to take the source.
 */
function copyRange(
  from: FakeSheet,
  source: RangeSpec,
  to: FakeSheet,
  destination: RangeSpec,
  type: string,
): void {
  const target: RangeSpec = { ...source, row: destination.row, column: destination.column };
  const dr = target.row - source.row;
  const dc = target.column - source.column;
  if (type === COPY_PASTE.PASTE_COLUMN_WIDTHS) {
    for (let c = source.column; c < source.column + source.numColumns; c++) {
      const width = from.columnWidths.get(c);
      if (width === undefined) to.columnWidths.delete(c + dc);
      else to.columnWidths.set(c + dc, width);
    }
    return;
  }
  if (type !== COPY_PASTE.PASTE_NORMAL) throw new Error(`The stand-in does not model ${type}.`);
  to.maxRows = Math.max(to.maxRows, target.row + target.numRows - 1);
  to.maxColumns = Math.max(to.maxColumns, target.column + target.numColumns - 1);
  for (let r = 0; r < source.numRows; r++) {
    for (let c = 0; c < source.numColumns; c++) {
      const cell = from.cell(source.row + r, source.column + c);
      to.write(target.row + r, target.column + c, {
        value: cell.value instanceof Date ? new Date(cell.value.getTime()) : cell.value,
        formula: cell.formula,
      });
      for (const map of FORMAT_MAPS) {
        const value = from[map].get(key(source.row + r, source.column + c));
        const at = key(target.row + r, target.column + c);
        if (value === undefined) to[map].delete(at);
        else to[map].set(at, value);
      }
    }
  }
  to.merges = to.merges.filter((merge) => !within(target, merge.row, merge.column));
  for (const merge of from.merges)
    if (within(source, merge.row, merge.column))
      to.merges.push({ ...merge, row: merge.row + dr, column: merge.column + dc });
}

export function appsScriptGlobals(doc: FakeSpreadsheet, log = new CallLog()) {
  const count = <T extends Methods>(className: string, methods: T): T =>
    counted(log, className, methods, () => doc.lock.unflushedWrites++);
  /** `failOn` names a method, or a method on one tab: `setValues@Audit history`. */
  const failIf = (method: string, sheet?: FakeSheet) => {
    if (doc.failOn === method || (sheet && doc.failOn === `${method}@${sheet.name}`))
      throw new Error(`Service error in ${method} (simulated).`);
  };

  /** Tallies each call of a tab's object under the tab's name at the time of the call, too. */
  function onSheet(sheet: FakeSheet, className: string, methods: Methods): void {
    for (const [name, method] of Object.entries(methods)) {
      methods[name] = (...args: never[]) => {
        log.recordOn(sheet.name, `${className}.${name}`);
        return method(...args);
      };
    }
  }

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
      failIf(method, sheet);
      checkGrid(spec, grid, method);
      each((row, column, r, c) => {
        const value = grid[r][c];
        if (value === null || value === '' || value === undefined) target.delete(key(row, column));
        else target.set(key(row, column), String(value));
      });
    };
    const range: Methods = count('Range', {
      getRow: () => spec.row,
      getColumn: () => spec.column,
      getNumRows: () => spec.numRows,
      getNumColumns: () => spec.numColumns,
      getA1Notation: () => a1Notation(spec),
      // Range.getMergedRanges: merges "fully within the current range, or [containing] at least one cell in
      // the current range" (https://developers.google.com/apps-script/reference/spreadsheet/range#getMergedRanges()).
      getMergedRanges: () =>
        sheet.merges.filter((merge) => overlaps(merge, spec)).map((merge) => rangeOf(sheet, merge)),
      getValues: () =>
        readGrid((row, column): StoredValue => {
          if (hiddenByMerge(sheet, row, column)) return '';
          const value = sheet.cell(row, column).value;
          if (value instanceof Date) return new Date(value.getTime());
          const format = sheet.numberFormats.get(key(row, column));
          if (typeof value === 'number' && format && isDateFormat(format))
            return serialToDate(value, doc.timeZone);
          return value;
        }),
      getFormulas: () => readGrid((row, column) => sheet.cell(row, column).formula ?? ''),
      setValues: (grid: unknown[][]) => {
        failIf('setValues', sheet);
        checkGrid(spec, grid, 'setValues');
        checkCells(grid, 'setValues', doc);
        each((row, column, r, c) => sheet.write(row, column, parseWritten(grid[r][c], doc.timeZone)));
        return range;
      },
      setValue: (value: unknown) => {
        checkCells([[value]], 'setValue', doc);
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
      setTextStyles: (grid: { bold: boolean; color: string | null }[][]) => {
        setAttribute(
          'setTextStyles',
          sheet.fontWeights,
          grid.map((line) => line.map((style) => (style.bold ? 'bold' : 'normal'))),
        );
        setAttribute(
          'setTextStyles',
          sheet.fontColors,
          grid.map((line) => line.map((style) => style.color)),
        );
        return range;
      },
      merge: () => {
        failIf('merge', sheet);
        // Sheets keeps the top-left value only; the other cells of the merge lose theirs.
        each((row, column) => {
          if (row !== spec.row || column !== spec.column)
            sheet.write(row, column, { value: '', formula: null });
        });
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
      // One rule (or null: none) per cell, the grid shaped like the range:
      // https://developers.google.com/apps-script/reference/spreadsheet/range#setdatavalidationsrules
      // Recorded as one validation per run of equal rules down a column; a validation already recorded
      // inside the range is replaced, and one reaching across its edge is refused (not modelled).
      setDataValidations: (rules: ({ values: string[]; allowInvalid: boolean } | null)[][]) => {
        failIf('setDataValidations', sheet);
        checkGrid(spec, rules, 'setDataValidations');
        const inside = (v: { range: RangeSpec }) =>
          v.range.row >= spec.row &&
          v.range.column >= spec.column &&
          v.range.row + v.range.numRows <= spec.row + spec.numRows &&
          v.range.column + v.range.numColumns <= spec.column + spec.numColumns;
        const overlaps = (v: { range: RangeSpec }) =>
          v.range.row < spec.row + spec.numRows &&
          spec.row < v.range.row + v.range.numRows &&
          v.range.column < spec.column + spec.numColumns &&
          spec.column < v.range.column + v.range.numColumns;
        if (sheet.validations.some((v) => overlaps(v) && !inside(v)))
          throw new Error('The stand-in does not split a validation that reaches across the range.');
        sheet.validations = sheet.validations.filter((v) => !inside(v));
        for (let c = 0; c < spec.numColumns; c++) {
          let r = 0;
          while (r < spec.numRows) {
            const rule = rules[r][c];
            let end = r + 1;
            while (end < spec.numRows && rules[end][c] === rule) end++;
            if (rule)
              sheet.validations.push({
                range: { row: spec.row + r, column: spec.column + c, numRows: end - r, numColumns: 1 },
                values: rule.values,
                allowInvalid: rule.allowInvalid,
              });
            r = end;
          }
        }
        return range;
      },
      activate: () => {
        doc.activeRange = { sheet: sheet.name, range: { ...spec } };
        return range;
      },
      copyTo: (destination: { spec: RangeSpec; fake: FakeSheet }, type = COPY_PASTE.PASTE_NORMAL) => {
        failIf('copyTo', sheet);
        copyRange(sheet, spec, destination.fake, destination.spec, type);
      },
    });
    onSheet(sheet, 'Range', range);
    Object.assign(range, { spec, sheetId: sheet.id, fake: sheet });
    return range as unknown as GoogleAppsScript.Spreadsheet.Range;
  }

  const charts = fakeChartServices(
    log,
    (l, className, methods) => counted(l, className, methods, () => doc.lock.unflushedWrites++),
    failIf,
  );

  function metadataOf(entry: { key: string; value: string | null }) {
    return count('DeveloperMetadata', {
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
    const api: Methods = count('Sheet', {
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
        sheet.insertRows(afterPosition, howMany);
        return api;
      },
      deleteColumns: (columnPosition: number, howMany: number) => {
        sheet.deleteColumns(columnPosition, howMany);
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
      hideRows: (rowIndex: number, numRows = 1) => {
        if (rowIndex < 1 || numRows < 1 || rowIndex + numRows - 1 > sheet.maxRows)
          throw new Error('Those rows are out of bounds.');
        for (let r = rowIndex; r < rowIndex + numRows; r++) sheet.hiddenRows.add(r);
      },
      hideSheet: () => ((sheet.hidden = true), api),
      showSheet: () => ((sheet.hidden = false), api),
      isSheetHidden: () => sheet.hidden,
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
      clear: () => {
        failIf('clear');
        clearSheet(sheet);
        return api;
      },
      activate: () => {
        doc.activeRange = { sheet: sheet.name, range: { row: 1, column: 1, numRows: 1, numColumns: 1 } };
        return api;
      },
    });
    onSheet(sheet, 'Sheet', api);
    (api as { fake?: FakeSheet }).fake = sheet;
    return api as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  }

  const spreadsheet = count('Spreadsheet', {
    getSheets: () => doc.sheets.map(sheetOf),
    getNumSheets: () => doc.sheets.length,
    // The exact name: Google does not say whether getSheetByName ignores letter case as tab names do, and
    // the stricter answer is the one the add-on must survive (see insertFreeTab in src/addon/tabWriter.ts).
    getSheetByName: (name: string) => {
      const sheet = doc.sheet(name);
      return sheet ? sheetOf(sheet) : null;
    },
    getSheetById: (id: number) => {
      const sheet = doc.sheets.find((s) => s.id === id);
      return sheet ? sheetOf(sheet) : null;
    },
    insertSheet: (name: string, index?: number) => {
      failIf('insertSheet');
      const sheet = doc.addSheet(name, index);
      // What a tab costs includes making it.
      log.recordOn(name, 'Spreadsheet.insertSheet');
      // Like Sheets: the new sheet becomes the active one.
      doc.activeRange = { sheet: name, range: { row: 1, column: 1, numRows: 1, numColumns: 1 } };
      return sheetOf(sheet);
    },
    deleteSheet: (sheet: { fake: FakeSheet }) => {
      failIf('deleteSheet');
      log.recordOn(sheet.fake.name, 'Spreadsheet.deleteSheet');
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

  const menu: Methods = count('Menu', {
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
    ...count('Ui', {
      createAddonMenu: () => (doc.menus.push({ method: 'createAddonMenu', args: [] }), menu),
      alert: (...args: string[]) => {
        // An alert suspends the script until the user clicks, and the document lock stays held meanwhile.
        if (doc.lock.held) doc.breaches.push(`Ui.alert while the document lock is held: ${args.join(' | ')}`);
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

  function textStyleBuilder() {
    const style = { bold: false, color: null as string | null };
    const builder: Methods = count('TextStyleBuilder', {
      setBold: (bold: boolean) => ((style.bold = bold), builder),
      setForegroundColor: (color: string) => ((style.color = color), builder),
      build: () => ({ ...style }),
    });
    return builder;
  }

  function validationBuilder() {
    const rule = { values: [] as string[], allowInvalid: true };
    const builder: Methods = count('DataValidationBuilder', {
      requireValueInList: (values: string[]) => ((rule.values = [...values]), builder),
      setAllowInvalid: (allow: boolean) => ((rule.allowInvalid = allow), builder),
      build: () => rule,
    });
    return builder;
  }

  const SpreadsheetApp = {
    ...count('SpreadsheetApp', {
      getActive: () => spreadsheet,
      getActiveSpreadsheet: () => spreadsheet,
      // A time-driven run has no user interface to show anything in.
      getUi: () => {
        if (doc.script.context === 'trigger')
          throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
        return ui;
      },
      newDataValidation: validationBuilder,
      newTextStyle: textStyleBuilder,
      flush: () => {
        doc.lock.unflushedWrites = 0;
      },
    }),
    CopyPasteType: COPY_PASTE,
  };

  function htmlOutput(html: string) {
    const output = { title: '', html };
    const api: Methods = count('HtmlOutput', {
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

  const HtmlService = count('HtmlService', {
    createHtmlOutput: (html: string) => htmlOutput(html),
    createHtmlOutputFromFile: (file: string) => htmlOutput(`<!-- file: ${file} -->`),
  });

  const lock = count('Lock', {
    tryLock: (_timeoutInMillis?: number) => {
      if (doc.lock.heldElsewhere) return false;
      doc.lock.held = true;
      return true;
    },
    releaseLock: () => {
      // Lock.releaseLock: "if you are working with a spreadsheet, you should call SpreadsheetApp.flush()
      // prior to releasing the lock, to commit all pending changes to the spreadsheet while you still have
      // exclusive access to it" (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
      if (doc.lock.held && doc.lock.unflushedWrites > 0)
        doc.breaches.push(`the document lock was released with ${doc.lock.unflushedWrites} unflushed writes`);
      doc.lock.held = false;
    },
    hasLock: () => doc.lock.held,
  });

  /** A property store (document or user), with the quotas Apps Script enforces on it. */
  const propertyStore = (stored: Map<string, string>) => {
    const store: Methods = count('Properties', {
      getProperty: (name: string) => stored.get(name) ?? null,
      getProperties: () => Object.fromEntries(stored),
      setProperty: (name: string, value: string) => (setProperties(stored, { [name]: value }), store),
      setProperties: (values: Record<string, string>, deleteAllOthers = false) => {
        failIf('setProperties');
        if (deleteAllOthers) stored.clear();
        setProperties(stored, values);
        return store;
      },
      deleteProperty: (name: string) => (stored.delete(name), store),
    });
    return store;
  };

  const properties = propertyStore(doc.documentProperties);

  /** This user's properties: per user, shared by every document (SPEC §5's schedule id lives there). */
  const userProperties = () => propertyStore(doc.script.propertiesOf(doc.script.user));

  return {
    log,
    globals: {
      SpreadsheetApp,
      HtmlService,
      LockService: count('LockService', {
        getDocumentLock: () => (doc.lock.available ? lock : null),
      }),
      PropertiesService: count('PropertiesService', {
        getDocumentProperties: () => properties,
        getUserProperties: () => userProperties(),
      }),
      Utilities: count('Utilities', { formatDate, getUuid: () => `uuid-${doc.script.user}` }),
      Session: count('Session', {
        getActiveUserLocale: () => doc.userLocale,
        getScriptTimeZone: () => doc.timeZone,
      }),
      Charts: charts.Charts,
      ScriptApp: scriptAppStandIn(doc.script, count),
    },
  };
}
