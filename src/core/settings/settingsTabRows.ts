// The rows of a settings tab as the reader sees them: each with its key (column D, or `cadence` / `stage` /
// `stageOrder` for a row typed by hand in those sections), and the rows it does not read, kept when the tab
// is rewritten.
import { parseNumber } from '../cells/numbers';
import { isBlankCell, readText } from '../cells/reading';
import type { Cell, Grid } from '../types';
import { RATED_METRIC_IDS } from './defaults';
import { isQuestionId } from './questions';
import { meetsRule, NUMBER_SETTINGS } from './rules';
import {
  KEY_COLUMN,
  MAPPING_KEYS,
  SECTION_PREFIX,
  STAGE_ORDER_KEY,
  STATUS_BY_CADENCE_KEY,
} from './settingsTabLayout';
import { readOutcome, TARGET_METRICS } from './vocabulary';

export interface KeyedRow {
  /** Row number as the user sees it. */
  row: number;
  key: string;
  label: Cell;
  value: Cell;
  note: Cell;
}

export function cellText(cell: Cell): string {
  const text = readText(cell);
  return typeof text === 'string' ? text : '';
}

/** The key of a row typed without one, by the section it sits in: the name in column A says what it is. */
const KEYLESS_ROW_KEY: Record<string, string> = {
  cadence: 'cadence',
  stages: 'stage',
  stageOrder: STAGE_ORDER_KEY,
};

/**
 * The rows of a settings grid with their keys: column D, or for a keyless row under the cadence, stage
 * mapping and stage order sections, `cadence` / `stage` / `stageOrder`. Rows above the first section (title, hint, column headers) and
 * section rows themselves are the tab's frame and are not returned.
 */
export function keyedRows(grid: Grid): { keyed: KeyedRow[]; unrecognized: number[] } {
  const keyed: KeyedRow[] = [];
  const unrecognized: number[] = [];
  const firstSection = grid.findIndex((cells) => cellText(cells[KEY_COLUMN]).startsWith(SECTION_PREFIX));
  let section: string | null = null;
  grid.forEach((cells, index) => {
    if (index < firstSection || cells.every(isBlankCell)) return;
    const written = cellText(cells[KEY_COLUMN]);
    if (written.startsWith(SECTION_PREFIX)) {
      section = written.slice(SECTION_PREFIX.length);
      return;
    }
    let key = written;
    if (key === '' && !isBlankCell(cells[0]) && section !== null && section in KEYLESS_ROW_KEY) {
      key = KEYLESS_ROW_KEY[section];
    }
    if (isKnownKey(key))
      keyed.push({ row: index + 1, key, label: cells[0], value: cells[1], note: cells[2] });
    else unrecognized.push(index);
  });
  return { keyed, unrecognized };
}

function isKnownKey(key: string): boolean {
  if (key === '') return false;
  if (GENERAL_KEYS.has(key) || key === 'cadence' || key === 'stage' || key === STAGE_ORDER_KEY) return true;
  if (STATUS_BY_CADENCE_KEY.has(key) || MAPPING_KEYS.has(key) || isQuestionId(key)) return true;
  const threshold = /^(band|target)\.(.+)\.(green|amber)$/.exec(key);
  if (!threshold) return false;
  return threshold[1] === 'band'
    ? (RATED_METRIC_IDS as string[]).includes(threshold[2])
    : threshold[2] in TARGET_METRICS;
}

const GENERAL_KEYS = new Set([
  'language',
  'currency',
  'period.months',
  'period.from',
  'period.to',
  'marginPct',
  'minSample',
  'dormantAfterDays',
  'monthlyTarget',
]);

/** The locales a settings value may have been typed in; a value neither reads is surely not a number of days. */
const TYPING_LOCALES = ['en-US', 'pl-PL'];

/**
 * A status or stage row typed by hand whose value cannot be read is in no setting, so a rewrite would drop
 * it: it is kept, with its key written out so that it is read (and reported) again wherever it ends up.
 */
function unreadableHandRow(row: KeyedRow): boolean {
  if (isBlankCell(row.value)) return false;
  if (row.key === 'stage') return readOutcome(cellText(row.value)) === null;
  if (row.key !== 'cadence') return false;
  return !TYPING_LOCALES.some((locale) => {
    const days = parseNumber(row.value, locale);
    return typeof days === 'number' && meetsRule(NUMBER_SETTINGS.cadenceDays, days);
  });
}

/** The rows a user added that the add-on does not read, as they are, to keep when rewriting the tab. */
export function unrecognizedRows(grid: Grid | null): Grid {
  if (!grid) return [];
  const { keyed, unrecognized } = keyedRows(grid);
  const kept = new Map(unrecognized.map((index) => [index, grid[index]]));
  for (const row of keyed.filter(unreadableHandRow))
    kept.set(row.row - 1, [row.label, row.value, row.note, row.key]);
  return [...kept.keys()].sort((a, z) => a - z).map((index) => kept.get(index)!);
}
