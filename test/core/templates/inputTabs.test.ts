import { FIELD_ORDER } from '../../../src/core/input/fields';
import { mapColumns } from '../../../src/core/input/headers';
import { classifyStage } from '../../../src/core/input/dealVocabulary';
import { detectTabs } from '../../../src/core/input/tabs';
import { generateSalesData, SAMPLE_COLUMNS } from '../../../src/core/sample/generator';
import {
  inputTabPlan,
  SAMPLE_DEALS,
  sampleTabPlans,
  TEMPLATE_DATA_ROWS,
} from '../../../src/core/templates/inputTabs';
import { TAB_KINDS, type Lang, type SheetPlan } from '../../../src/core/types';

const LANGS: Lang[] = ['en', 'pl'];
const TODAY = '2024-06-30';

const headersOf = (plan: SheetPlan) => plan.values[0] as string[];
const dropdownAt = (plan: SheetPlan, column: number) =>
  plan.dropdowns.find((dropdown) => dropdown.range.column === column);

describe.each(LANGS)('the empty input tabs (%s)', (lang) => {
  it.each(TAB_KINDS)('%s: every header is read back as the field it stands for', (kind) => {
    const plan = inputTabPlan(kind, lang, 'PLN');
    const mapping = mapColumns(kind, headersOf(plan), {});
    const expected = Object.fromEntries(FIELD_ORDER[kind].map((field, column) => [field, column]));
    expect(mapping.columns).toEqual(expected);
  });

  it('names the tabs so that the audit finds each in its role', () => {
    const names = TAB_KINDS.map((kind) => inputTabPlan(kind, lang, 'USD').name);
    const tabs = detectTabs(names);
    expect([tabs.deals, tabs.channels, tabs.customers]).toEqual(names);
  });

  it('is a bold, frozen header row over 999 empty data rows: rows 2 to 1000 of a new sheet', () => {
    const plan = inputTabPlan('channels', lang, 'USD');
    expect(plan.values).toHaveLength(1 + TEMPLATE_DATA_ROWS);
    expect(plan.values.slice(1).every((row) => row.every((cell) => cell === null))).toBe(true);
    expect(plan.fontWeights[0]).toEqual(['bold', 'bold', 'bold']);
    expect(plan.fontWeights[1]).toEqual(['normal', 'normal', 'normal']);
    expect(plan.frozenRows).toBe(1);
    expect(plan.columnWidths).toEqual([120, 120, 120]);
    expect(plan.merges).toEqual([]);
    expect(plan.charts).toEqual([]);
  });

  it('formats the data rows’ dates as dates and money in the currency; the header and other columns are automatic', () => {
    const deals = inputTabPlan('deals', lang, 'USD');
    const date = lang === 'pl' ? 'dd.mm.yyyy' : 'yyyy-mm-dd';
    const format = (field: string, row = 1) =>
      deals.numberFormats[row][FIELD_ORDER.deals.indexOf(field as never)];
    expect(format('created')).toBe(date);
    expect(format('created', TEMPLATE_DATA_ROWS)).toBe(date);
    expect(format('created', 0)).toBe('');
    expect(format('followUp')).toBe(date);
    expect(format('value')).toBe(lang === 'pl' ? '#,##0"\u00a0$"' : '"$"#,##0');
    expect(format('conversations')).toBe('#,##0');
    expect(format('owner')).toBe('');
    expect(inputTabPlan('channels', lang, 'PLN').numberFormats[1]).toEqual(['', date, '#,##0"\u00a0zł"']);
  });

  it('offers open stages then one won and one lost stage, as the audit reads them, down every data row', () => {
    const deals = inputTabPlan('deals', lang, 'USD');
    const stageColumn = FIELD_ORDER.deals.indexOf('stage') + 1;
    const stage = dropdownAt(deals, stageColumn)!;
    expect(stage.range).toEqual({ row: 2, column: stageColumn, numRows: TEMPLATE_DATA_ROWS, numColumns: 1 });
    expect(stage.allowOthers).toBe(true);
    expect(stage.values.map((value) => classifyStage(value, {}))).toEqual([
      'open',
      'open',
      'open',
      'won',
      'lost',
    ]);
    expect(dropdownAt(deals, FIELD_ORDER.deals.indexOf('type') + 1)!.values).toHaveLength(3);
    expect(deals.dropdowns).toHaveLength(2);
    expect(inputTabPlan('channels', lang, 'USD').dropdowns).toEqual([]);
    const customers = inputTabPlan('customers', lang, 'USD');
    expect(customers.dropdowns.map((d) => d.range.column)).toEqual([2, 7]);
    expect(customers.dropdowns[0].values).toHaveLength(6);
  });
});

describe('the input tabs’ dropdown values', () => {
  it('are the words of the English and the Polish template', () => {
    const values = (lang: Lang) => inputTabPlan('deals', lang, 'USD').dropdowns.map((d) => d.values);
    expect(values('en')).toEqual([
      ['Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'],
      ['New', 'Up-sell', 'Cross-sell'],
    ]);
    expect(inputTabPlan('customers', 'pl', 'PLN').dropdowns[0].values).toContain('Kluczowy');
  });
});

describe.each(LANGS)('the sample data tabs (%s)', (lang) => {
  const samples = sampleTabPlans(lang, 'USD', TODAY);
  const data = generateSalesData({ deals: SAMPLE_DEALS, today: TODAY, lang });

  it('hold the generated rows below the header, in the sample’s own column order, then empty rows to row 1000', () => {
    expect(samples.map((sample) => sample.kind)).toEqual(TAB_KINDS);
    for (const { kind, plan, rows } of samples) {
      expect(plan.name).toBe(data[kind].name);
      expect(rows).toBe(data[kind].values.length - 1);
      expect(plan.values.slice(0, rows + 1)).toEqual(
        data[kind].values.map((row) => row.map((cell) => cell ?? null)),
      );
      expect(plan.values).toHaveLength(1 + Math.max(TEMPLATE_DATA_ROWS, rows));
      expect(plan.values[rows + 1].every((cell) => cell === null)).toBe(true);
    }
    expect(samples[0].rows).toBe(SAMPLE_DEALS);
  });

  it('format and offer dropdowns by field, where the sample put the field', () => {
    const deals = samples[0].plan;
    const stageColumn = SAMPLE_COLUMNS.deals.indexOf('stage') + 1;
    expect(stageColumn).not.toBe(FIELD_ORDER.deals.indexOf('stage') + 1);
    const stage = dropdownAt(deals, stageColumn)!;
    expect(stage.range).toEqual({ row: 2, column: stageColumn, numRows: TEMPLATE_DATA_ROWS, numColumns: 1 });
    const createdColumn = SAMPLE_COLUMNS.deals.indexOf('created');
    expect(deals.numberFormats[1][createdColumn]).toBe(lang === 'pl' ? 'dd.mm.yyyy' : 'yyyy-mm-dd');
    // Every stage the sample wrote is offered, but one: the won stage typed with a slip (SPEC §3.1).
    const written = new Set(deals.values.slice(1, SAMPLE_DEALS + 1).map((row) => row[stageColumn - 1]));
    const notOffered = [...written].filter((value) => !stage.values.includes(value as string));
    expect(notOffered).toHaveLength(1);
  });

  it('use the same headers as the empty template', () => {
    for (const { kind, plan } of samples) {
      expect([...headersOf(plan)].sort()).toEqual([...headersOf(inputTabPlan(kind, lang, 'USD'))].sort());
    }
  });
});
