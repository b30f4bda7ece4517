// Finding the header row and deciding which column feeds which field.
import { normalizeHeader } from '../text';
import type { Cell, FieldOf, Grid, TabKind } from '../types';
import { FIELD_ORDER, FIELD_SYNONYMS } from './fields';
import { isBlankCell, isValue, readText } from '../cells/reading';

export interface HeaderRow {
  /** 0-based index of the header row in the grid. */
  index: number;
  /** Header text per column as written (trimmed; '' for a blank header); trailing blank columns cut. */
  headers: string[];
}

/** How many non-empty rows above the table (a title, an export note) the header search looks past. */
const MAX_TITLE_ROWS = 5;

/**
 * The first row with any content (SPEC §3); null when the grid has none. When that row is not `complete`
 * (it lacks a required column) and one of the next few non-empty rows is, that row is the header: owners
 * often put a title above the table, and reading the title as the header would stop the audit.
 */
export function findHeaderRow(
  grid: Grid,
  complete: (headers: string[]) => boolean = () => true,
): HeaderRow | null {
  let first: HeaderRow | null = null;
  let looked = 0;
  for (let index = 0; index < grid.length && looked <= MAX_TITLE_ROWS; index++) {
    const row = grid[index];
    if (!row || row.every(isBlankCell)) continue;
    const header = { index, headers: headerTexts(row) };
    if (complete(header.headers)) return header;
    first ??= header;
    looked++;
  }
  return first;
}

function headerTexts(row: Cell[]): string[] {
  const headers = row.map((cell) => {
    const text = readText(cell);
    return isValue(text) ? text : '';
  });
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  return headers;
}

/**
 * A header as a matching key: camelCase and snake_case split (Salesforce `CloseDate`, `deal_stage`), then
 * case, accents and punctuation ignored.
 */
export function headerKey(header: string): string {
  return normalizeHeader(header.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

/** CRM exports prefix columns with the object (`Deal - Owner`); the rest is matched too. */
const OBJECT_PREFIXES = ['deal', 'opportunity', 'potential', 'transakcja'];

/** A header's key without a CRM's object prefix: `Deal - Status` → `status`. */
export function unprefixedKey(header: string): string {
  const tokens = headerKey(header).split(' ');
  return tokens.length > 1 && OBJECT_PREFIXES.includes(tokens[0])
    ? tokens.slice(1).join(' ')
    : tokens.join(' ');
}
/** Single words too vague to find inside a longer header (`Date` must not match `Lost date reason`). */
const TOO_VAGUE_TO_CONTAIN = new Set(
  'date data name nazwa type typ status number numer nr id title total price cena source zrodlo account segment wynik faza rodzaj temat subject month period okres owner opiekun client company firma ocena'.split(
    ' ',
  ),
);
/** Words that make a header mean something else than a synonym it contains (`Expected close date`, `Created by`). */
const MEANING_CHANGERS = new Set(
  'by przez expected oczekiwana oczekiwany planowana planowany przewidywana przewidywany next nastepny nastepna planned weighted probability forecast prognoza reason powod przyczyna count email phone telefon'.split(
    ' ',
  ),
);

interface Synonym {
  key: string;
  tokens: string[];
  containable: boolean;
}

const synonymCache = new Map<TabKind, Map<string, Synonym[]>>();

function synonymsOf<K extends TabKind>(kind: K): Map<FieldOf<K>, Synonym[]> {
  let table = synonymCache.get(kind);
  if (table === undefined) {
    table = new Map();
    const source = FIELD_SYNONYMS[kind] as Record<string, string[]>;
    for (const field of Object.keys(source)) {
      table.set(
        field,
        source[field].map((text) => {
          const key = headerKey(text);
          const tokens = key.split(' ');
          return { key, tokens, containable: tokens.length > 1 || !TOO_VAGUE_TO_CONTAIN.has(key) };
        }),
      );
    }
    synonymCache.set(kind, table);
  }
  return table as Map<FieldOf<K>, Synonym[]>;
}

function containsTokens(header: string[], part: string[]): boolean {
  for (let start = 0; start + part.length <= header.length; start++) {
    if (part.every((token, i) => header[start + i] === token)) return true;
  }
  return false;
}

interface Candidate<F> {
  field: F;
  column: number;
  preferred: boolean;
  exact: boolean;
  synonymIndex: number;
  extraTokens: number;
}

/** How well a header names a field: exact synonym beats containing one; earlier synonyms beat later ones. */
function bestMatch(
  key: string,
  synonyms: Synonym[],
): Omit<Candidate<never>, 'field' | 'column' | 'preferred'> | null {
  const tokens = key.split(' ');
  const forms =
    tokens.length > 1 && OBJECT_PREFIXES.includes(tokens[0]) ? [key, tokens.slice(1).join(' ')] : [key];
  const exactIndex = synonyms.findIndex((synonym) => forms.includes(synonym.key));
  if (exactIndex >= 0) return { exact: true, synonymIndex: exactIndex, extraTokens: 0 };
  for (let index = 0; index < synonyms.length; index++) {
    const synonym = synonyms[index];
    if (!synonym.containable || !containsTokens(tokens, synonym.tokens)) continue;
    if (tokens.some((token) => MEANING_CHANGERS.has(token) && !synonym.tokens.includes(token))) continue;
    return { exact: false, synonymIndex: index, extraTokens: tokens.length - synonym.tokens.length };
  }
  return null;
}

export interface ColumnMapping<F extends string> {
  /** 0-based column per field; null when no column feeds it. */
  columns: Record<F, number | null>;
  /** Overrides whose header the tab does not have (detection was used for them). */
  unknownOverrides: { field: F; header: string }[];
  /** Columns whose header repeats an earlier column's word for word; only the first of each is read. */
  duplicates: number[];
  /**
   * Fields two columns named alike could feed (`LossReason__c`, `Loss_Reason__c`), where the one with data
   * was taken over an empty one.
   */
  emptyTwins: { field: F; used: number; empty: number }[];
}

/**
 * Maps fields to columns. User overrides (header text) come first, and an empty override switches a field
 * off; every other field gets the column that names it best. `prefer` lets the caller rank columns by content (the stage column holding
 * won/lost values beats a second status-like column). Of two columns that name a field equally well, one with
 * data beats an empty one (`hasData`); remaining ties go to the leftmost column.
 */
export function mapColumns<K extends TabKind>(
  kind: K,
  headers: string[],
  overrides: Partial<Record<FieldOf<K>, string>>,
  prefer: (field: FieldOf<K>, column: number) => boolean = () => false,
  hasData: (column: number) => boolean = () => true,
): ColumnMapping<FieldOf<K>> {
  type F = FieldOf<K>;
  const fieldOrder = FIELD_ORDER[kind] as F[];
  const keys = headers.map(headerKey);
  const columns = {} as Record<F, number | null>;
  for (const field of fieldOrder) columns[field] = null;
  const used = new Set<number>();
  const unknownOverrides: { field: F; header: string }[] = [];

  // Headers that differ only in punctuation are two columns (Salesforce `LossReason__c`, `Loss_Reason__c`);
  // only a header repeated word for word is a duplicate.
  const firstColumnOf = new Map<string, number>();
  const firstOfText = new Map<string, number>();
  const duplicates: number[] = [];
  keys.forEach((key, column) => {
    if (key === '') return;
    const text = headers[column].trim().toLowerCase();
    if (firstOfText.has(text)) duplicates.push(column);
    else firstOfText.set(text, column);
    if (!firstColumnOf.has(key)) firstColumnOf.set(key, column);
  });

  const switchedOff = new Set<F>();
  for (const field of fieldOrder) {
    const header = overrides[field];
    if (header === undefined) continue;
    if (header.trim() === '') {
      switchedOff.add(field);
      continue;
    }
    const column = firstColumnOf.get(headerKey(header));
    if (column === undefined) {
      unknownOverrides.push({ field, header });
    } else {
      columns[field] = column;
      used.add(column);
    }
  }

  const synonyms = synonymsOf(kind);
  const candidates: Candidate<F>[] = [];
  const repeated = new Set(duplicates);
  keys.forEach((key, column) => {
    if (key === '' || used.has(column) || repeated.has(column)) return;
    fieldOrder.forEach((field) => {
      if (columns[field] !== null || switchedOff.has(field)) return;
      const match = bestMatch(key, synonyms.get(field) ?? []);
      if (match) candidates.push({ field, column, preferred: prefer(field, column), ...match });
    });
  });
  const namesAsWell = (a: Candidate<F>, b: Candidate<F>) =>
    a.field === b.field &&
    a.preferred === b.preferred &&
    a.exact === b.exact &&
    a.synonymIndex === b.synonymIndex &&
    a.extraTokens === b.extraTokens;
  // Asked only where two columns name a field alike, so an empty column is never scanned without need.
  const filled = new Map<number, boolean>();
  const dataIn = (column: number) => {
    if (!filled.has(column)) filled.set(column, hasData(column));
    return filled.get(column)!;
  };
  const emptyTwins: ColumnMapping<F>['emptyTwins'] = [];
  candidates.sort(
    (a, b) =>
      Number(b.preferred) - Number(a.preferred) ||
      Number(b.exact) - Number(a.exact) ||
      a.synonymIndex - b.synonymIndex ||
      a.extraTokens - b.extraTokens ||
      (namesAsWell(a, b) ? Number(dataIn(b.column)) - Number(dataIn(a.column)) : 0) ||
      a.column - b.column ||
      fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field),
  );
  for (const candidate of candidates) {
    if (columns[candidate.field] !== null || used.has(candidate.column)) continue;
    columns[candidate.field] = candidate.column;
    used.add(candidate.column);
    const twin = candidates.find(
      (other) =>
        other.column !== candidate.column && namesAsWell(other, candidate) && filled.has(other.column),
    );
    if (twin && dataIn(candidate.column) && !dataIn(twin.column))
      emptyTwins.push({ field: candidate.field, used: candidate.column, empty: twin.column });
  }
  return { columns, unknownOverrides, duplicates, emptyTwins };
}
