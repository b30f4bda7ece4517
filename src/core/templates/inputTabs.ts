// The Deals / Channels / Customers tabs the add-on makes, as sheet plans: "Create input tabs" writes the
// empty template, "Insert sample data" the same tab with example rows. Each plan carries its headers (the
// audit recognizes them), the number formats of the data rows and the dropdowns, so an adapter only
// applies it. Dropdown values are the sample data's, so example data and an empty template look alike.
import { t, type MessageKey } from '../i18n/catalog';
import { FIELD_ORDER } from '../input/fields';
import { OWN_TAB_NAMES } from '../input/tabs';
import { dateFormat } from '../figures';
import { SheetBuilder, type PlanCell } from '../plan/sheetBuilder';
import { INTEGER_FORMAT, numberFormatFor } from '../plan/formats';
import { generateSalesData, SAMPLE_COLUMNS } from '../sample/generator';
import { TAB_KINDS, type Cell, type FieldOf, type Lang, type SheetPlan, type TabKind } from '../types';
import { inputHeaders } from './inputHeaders';

/** Rows 2..1000: the data rows of a new sheet, which has 1000 rows; formats and dropdowns cover them. */
export const TEMPLATE_DATA_ROWS = 999;

/** Enough deals for every metric to be rated, few enough to read through. */
export const SAMPLE_DEALS = 300;

/** The values offered per field; other values stay allowed, because CRMs and habits name stages differently. */
const DROPDOWN_KEYS: { [K in TabKind]: Partial<Record<FieldOf<K>, MessageKey[]>> } = {
  deals: {
    stage: [
      'sample.stage.qualified',
      'sample.stage.proposal',
      'sample.stage.negotiation',
      'sample.stage.won',
      'sample.stage.lost',
    ],
    type: ['sample.type.new', 'sample.type.upsell', 'sample.type.crosssell'],
  },
  channels: {},
  customers: {
    status: [
      'sample.status.key',
      'sample.status.active',
      'sample.status.new',
      'sample.status.atRisk',
      'sample.status.dormant',
      'sample.status.prospect',
    ],
    support: ['sample.support.standard', 'sample.support.premium'],
  },
};

const DATE_FIELDS = new Set([
  'created',
  'closed',
  'expectedClose',
  'delivered',
  'followUp',
  'lastContact',
  'date',
]);
const MONEY_FIELDS = new Set(['value', 'cost']);
const WHOLE_NUMBER_FIELDS = new Set(['conversations', 'satisfaction', 'nps']);
const WIDE_FIELDS = new Set(['name', 'customer', 'lostReason', 'firstLine']);

function columnFormat(field: string, currency: string, lang: Lang): string {
  if (DATE_FIELDS.has(field)) return dateFormat(lang);
  if (MONEY_FIELDS.has(field)) return numberFormatFor('currency', currency, lang);
  if (WHOLE_NUMBER_FIELDS.has(field)) return INTEGER_FORMAT;
  return '';
}

/** Data rows for a tab: the field each column holds, and the rows below the header. */
export interface InputRows<K extends TabKind> {
  columns: readonly FieldOf<K>[];
  rows: readonly Cell[][];
}

/**
 * The plan of a new input tab: a bold, frozen header row, then `data.rows` (none: the empty template) and
 * empty formatted rows down to row 1000, so what the user types is formatted and offered the dropdowns.
 * Columns follow `data.columns` (default: the field order of tabs the add-on makes), matched by field.
 */
export function inputTabPlan<K extends TabKind>(
  kind: K,
  lang: Lang,
  currency: string,
  data: InputRows<K> = { columns: FIELD_ORDER[kind], rows: [] },
): SheetPlan {
  const fields = data.columns;
  const dataRows = Math.max(TEMPLATE_DATA_ROWS, data.rows.length);
  const builder = new SheetBuilder(
    OWN_TAB_NAMES[lang][kind],
    fields.map((field) => (WIDE_FIELDS.has(field) ? 200 : 120)),
  );
  builder.addRow(inputHeaders(kind, fields, lang).map((value) => ({ value, bold: true })));
  const formats = fields.map((field) => columnFormat(field, currency, lang));
  for (let index = 0; index < dataRows; index++) {
    const row = data.rows[index] ?? [];
    builder.addRow(formats.map((format, column): PlanCell => ({ value: row[column] ?? null, format })));
  }
  builder.freezeRows(1);
  const dropdownKeys = DROPDOWN_KEYS[kind] as Partial<Record<string, MessageKey[]>>;
  fields.forEach((field, index) => {
    const keys = dropdownKeys[field];
    if (!keys) return;
    builder.dropdown({
      range: { row: 2, column: index + 1, numRows: dataRows, numColumns: 1 },
      values: keys.map((key) => t(lang, key)),
      allowOthers: true,
    });
  });
  return builder.build();
}

/** "Insert sample data": the three tabs filled with generated example data, and the data rows of each. */
export function sampleTabPlans(
  lang: Lang,
  currency: string,
  today: string,
): { kind: TabKind; plan: SheetPlan; rows: number }[] {
  const sample = generateSalesData({ deals: SAMPLE_DEALS, today, lang });
  return TAB_KINDS.map((kind) => {
    const rows = sample[kind].values.slice(1);
    const columns = SAMPLE_COLUMNS[kind] as readonly FieldOf<typeof kind>[];
    return { kind, plan: inputTabPlan(kind, lang, currency, { columns, rows }), rows: rows.length };
  });
}
