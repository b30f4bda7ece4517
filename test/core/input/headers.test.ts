import { FIELD_ORDER, FIELD_SYNONYMS } from '../../../src/core/input/fields';
import { findHeaderRow, headerKey, mapColumns } from '../../../src/core/input/headers';
import { t, type MessageKey } from '../../../src/core/i18n/catalog';
import type { TabKind } from '../../../src/core/types';

/** The header text feeding each mapped field. */
function mapped<K extends TabKind>(kind: K, headers: string[], overrides = {}) {
  const { columns } = mapColumns(kind, headers, overrides);
  return Object.fromEntries(
    Object.entries(columns)
      .filter(([, column]) => column !== null)
      .map(([field, column]) => [field, headers[column as number]]),
  );
}

describe('findHeaderRow', () => {
  it('takes the first non-empty row and cuts trailing empty columns', () => {
    expect(
      findHeaderRow([
        ['', null, '  '],
        [],
        [' Created ', 'Stage', '', 'Value', '', ''],
        ['2024-03-05', 'Won', '', 100],
      ]),
    ).toEqual({ index: 2, headers: ['Created', 'Stage', '', 'Value'] });
  });

  it('returns null for a grid with no content', () => {
    expect(findHeaderRow([])).toBeNull();
    expect(findHeaderRow([[''], [null, '\u00a0']])).toBeNull();
  });
});

describe('headerKey', () => {
  it('splits camelCase and snake_case and ignores case, accents and punctuation', () => {
    expect(headerKey('CloseDate')).toBe('close date');
    expect(headerKey('deal_stage')).toBe('deal stage');
    expect(headerKey('Deal - Deal created')).toBe('deal deal created');
    expect(headerKey('  Źródło\u00a0(kanał) ')).toBe('zrodlo kanal');
    expect(headerKey('CSAT')).toBe('csat');
  });
});

describe('mapColumns', () => {
  it('maps an English sheet', () => {
    const headers = [
      'Deal ID',
      'Deal name',
      'Created',
      'Customer',
      'Channel',
      'Owner',
      'Stage',
      'Value',
      'Closed',
      'Conversations',
      'Type',
      'Delivered',
      'Follow-up',
      'Lost reason',
    ];
    expect(mapped('deals', headers)).toEqual({
      id: 'Deal ID',
      name: 'Deal name',
      created: 'Created',
      customer: 'Customer',
      channel: 'Channel',
      owner: 'Owner',
      stage: 'Stage',
      value: 'Value',
      closed: 'Closed',
      conversations: 'Conversations',
      type: 'Type',
      delivered: 'Delivered',
      followUp: 'Follow-up',
      lostReason: 'Lost reason',
    });
  });

  it('maps a Polish sheet written in its own words', () => {
    const headers = [
      'Lp.',
      'Data zapytania',
      'Klient',
      'Źródło',
      'Handlowiec',
      'Etap',
      'Kwota',
      'Data zamknięcia',
      'Liczba rozmów',
      'Typ',
      'Data wysyłki',
      'Kontakt po sprzedaży',
      'Powód utraty',
      'Uwagi',
    ];
    expect(mapped('deals', headers)).toEqual({
      created: 'Data zapytania',
      customer: 'Klient',
      channel: 'Źródło',
      owner: 'Handlowiec',
      stage: 'Etap',
      value: 'Kwota',
      closed: 'Data zamknięcia',
      conversations: 'Liczba rozmów',
      type: 'Typ',
      delivered: 'Data wysyłki',
      followUp: 'Kontakt po sprzedaży',
      lostReason: 'Powód utraty',
    });
  });

  it('maps Channels and Customers tabs in both languages', () => {
    expect(mapped('channels', ['Kanał', 'Miesiąc', 'Budżet'])).toEqual({
      channel: 'Kanał',
      date: 'Miesiąc',
      cost: 'Budżet',
    });
    expect(mapped('channels', ['Campaign Name', 'Start Date', 'Budgeted Cost', 'Actual Cost'])).toEqual({
      channel: 'Campaign Name',
      date: 'Start Date',
      cost: 'Actual Cost',
    });
    expect(
      mapped('customers', [
        'Klient',
        'Typ klienta',
        'Ostatni kontakt',
        'Ocena',
        'NPS',
        'Opiekun',
        'Wsparcie',
      ]),
    ).toEqual({
      customer: 'Klient',
      status: 'Typ klienta',
      lastContact: 'Ostatni kontakt',
      satisfaction: 'Ocena',
      nps: 'NPS',
      firstLine: 'Opiekun',
      support: 'Wsparcie',
    });
    expect(
      mapped('customers', [
        'Account Name',
        'Segment',
        'Last contacted',
        'CSAT',
        'Account manager',
        'Support plan',
      ]),
    ).toEqual({
      customer: 'Account Name',
      status: 'Segment',
      lastContact: 'Last contacted',
      satisfaction: 'CSAT',
      firstLine: 'Account manager',
      support: 'Support plan',
    });
  });

  it('lets the better match win whatever the column order', () => {
    expect(mapped('deals', ['Expected Revenue', 'Amount', 'Created', 'Stage'])).toMatchObject({
      value: 'Amount',
    });
    expect(mapped('deals', ['Amount', 'Expected Revenue', 'Created', 'Stage'])).toMatchObject({
      value: 'Amount',
    });
    expect(mapped('deals', ['Expected Revenue', 'Created', 'Stage'])).toMatchObject({
      value: 'Expected Revenue',
    });
  });

  it('prefers an exact synonym over a header that merely contains one', () => {
    expect(mapped('deals', ['Deal amount (PLN)', 'Value', 'Created', 'Stage'])).toMatchObject({
      value: 'Value',
    });
    expect(mapped('deals', ['Deal amount (PLN)', 'Created at', 'Stage'])).toEqual({
      value: 'Deal amount (PLN)',
      created: 'Created at',
      stage: 'Stage',
    });
  });

  it('does not read a header whose extra words change its meaning', () => {
    // `Expected close date` is no closed date: it feeds the field of its own.
    expect(mapped('deals', ['Created by', 'Expected close date', 'Stage', 'Lost date reason'])).toEqual({
      expectedClose: 'Expected close date',
      stage: 'Stage',
    });
  });

  it('ranks columns by content when the caller prefers one', () => {
    const headers = ['Status', 'Stage'];
    const { columns } = mapColumns(
      'deals',
      headers,
      {},
      (field, column) => field === 'stage' && column === 0,
    );
    expect(columns.stage).toBe(0);
    expect(mapColumns('deals', headers, {}).columns.stage).toBe(1);
  });

  it('reads no column for a field the user switched off with an empty override', () => {
    const headers = ['Created', 'Stage', 'Meetings'];
    expect(mapColumns('deals', headers, {}).columns.conversations).toBe(2);
    expect(mapColumns('deals', headers, { conversations: '' }).columns.conversations).toBeNull();
  });

  it('applies user overrides first and reports those naming a missing header', () => {
    const headers = ['Date', 'Stage', 'Date of first call', 'Amount'];
    const result = mapColumns('deals', headers, { created: 'date of first call', value: 'Net amount' });
    expect(result.columns.created).toBe(2);
    expect(result.columns.value).toBe(3);
    expect(result.unknownOverrides).toEqual([{ field: 'value', header: 'Net amount' }]);
  });

  it('reads only the first of duplicate headers and reports the others', () => {
    const result = mapColumns('deals', ['Created', 'Stage', 'Value', 'value ', 'Created'], {});
    expect(result.columns).toMatchObject({ created: 0, stage: 1, value: 2 });
    expect(result.duplicates).toEqual([3, 4]);
  });

  it('recognizes the column names of the tabs the add-on creates, in both languages', () => {
    for (const lang of ['en', 'pl'] as const) {
      for (const kind of ['deals', 'channels', 'customers'] as const) {
        const fields = FIELD_ORDER[kind] as string[];
        const headers = fields.map((field) => t(lang, `input.field.${kind}.${field}` as MessageKey));
        expect({ lang, kind, mapped: mapped(kind, headers) }).toEqual({
          lang,
          kind,
          mapped: Object.fromEntries(fields.map((field, i) => [field, headers[i]])),
        });
      }
    }
  });

  it('has synonyms for every field in FIELD_ORDER', () => {
    for (const kind of ['deals', 'channels', 'customers'] as const) {
      expect(Object.keys(FIELD_SYNONYMS[kind]).sort()).toEqual([...FIELD_ORDER[kind]].sort());
    }
  });
});
