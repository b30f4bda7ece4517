import { FIELD_ORDER } from '../../../src/core/input/fields';
import { mapColumns } from '../../../src/core/input/headers';
import { classifyStage } from '../../../src/core/input/dealVocabulary';
import { detectTabs } from '../../../src/core/input/tabs';
import { generateSalesData } from '../../../src/core/sample/generator';
import { inputTabTemplate } from '../../../src/core/templates/inputTabs';
import { TAB_KINDS, type Lang } from '../../../src/core/types';

const LANGS: Lang[] = ['en', 'pl'];

describe.each(LANGS)('input tab templates (%s)', (lang) => {
  it.each(TAB_KINDS)('%s: every header is read back as the field it stands for', (kind) => {
    const template = inputTabTemplate(kind, lang, 'PLN');
    const mapping = mapColumns(kind, template.headers, {});
    const expected = Object.fromEntries(FIELD_ORDER[kind].map((field, column) => [field, column]));
    expect(mapping.columns).toEqual(expected);
  });

  it('names the tabs so that the audit finds each in its role', () => {
    const names = TAB_KINDS.map((kind) => inputTabTemplate(kind, lang, 'USD').name);
    const tabs = detectTabs(names);
    expect([tabs.deals, tabs.channels, tabs.customers]).toEqual(names);
  });

  it('formats dates as dates and money in the currency; other columns are automatic', () => {
    const deals = inputTabTemplate('deals', lang, 'USD');
    const format = (field: string) => deals.columnFormats[FIELD_ORDER.deals.indexOf(field as never)];
    const date = lang === 'pl' ? 'dd.mm.yyyy' : 'yyyy-mm-dd';
    expect(format('created')).toBe(date);
    expect(format('followUp')).toBe(date);
    expect(format('value')).toBe(lang === 'pl' ? '#,##0"\u00a0$"' : '"$"#,##0');
    expect(format('conversations')).toBe('#,##0');
    expect(format('owner')).toBe('');
    expect(inputTabTemplate('channels', lang, 'PLN').columnFormats).toEqual(['', date, '#,##0"\u00a0zł"']);
  });

  it('offers open stages then one won and one lost stage, as the audit reads them', () => {
    const deals = inputTabTemplate('deals', lang, 'USD');
    const stage = deals.dropdowns.find((d) => d.column === FIELD_ORDER.deals.indexOf('stage') + 1)!;
    expect(stage.values.map((value) => classifyStage(value, {}))).toEqual([
      'open',
      'open',
      'open',
      'won',
      'lost',
    ]);
    const type = deals.dropdowns.find((d) => d.column === FIELD_ORDER.deals.indexOf('type') + 1)!;
    expect(type.values).toHaveLength(3);
    const customers = inputTabTemplate('customers', lang, 'USD');
    expect(customers.dropdowns.map((d) => d.column)).toEqual([2, 7]);
  });

  it('uses the same headers and values as the sample data', () => {
    const sample = generateSalesData({ deals: 50, today: '2024-06-30', lang });
    for (const kind of TAB_KINDS) {
      const template = inputTabTemplate(kind, lang, 'USD');
      expect(template.name).toBe(sample[kind].name);
      expect([...(sample[kind].values[0] as string[])].sort()).toEqual([...template.headers].sort());
    }
    const deals = inputTabTemplate('deals', lang, 'USD');
    const stageColumn = (sample.deals.values[0] as string[]).indexOf(
      deals.headers[FIELD_ORDER.deals.indexOf('stage')],
    );
    const sampleStages = new Set(sample.deals.values.slice(1).map((row) => row[stageColumn]));
    const offered = deals.dropdowns.find((d) => d.column === FIELD_ORDER.deals.indexOf('stage') + 1)!.values;
    expect([...sampleStages].every((stage) => offered.includes(stage as string))).toBe(true);
  });
});
