import { isoToDay } from '../../../src/core/days';
import { dealsBlocker, parseInput } from '../../../src/core/input/parseInput';
import type { Grid, NamedGrid } from '../../../src/core/types';
import { PARSE_OPTIONS, parseDealsGrid } from './parseFixtures';

const day = (iso: string) => isoToDay(iso)!;

const options = PARSE_OPTIONS;
const parseDeals = parseDealsGrid;

const issueSummary = (parsed: ReturnType<typeof parseInput>) =>
  parsed.issues.map(({ tab, row, column, code }) => ({ tab, row, column, code }));

describe('Deals', () => {
  it('skips blank rows silently and keeps the row numbers the user sees', () => {
    const parsed = parseDeals([
      ['Created', 'Stage', 'Value'],
      ['2024-03-01', 'Won', 100],
      ['', '', ''],
      [null, '\u00a0', undefined],
      [],
      ['2024-03-02', 'Lost', 200],
    ]);
    expect(parsed.issues).toEqual([]);
    expect(parsed.deals.map((d) => [d.row, d.outcome, d.value])).toEqual([
      [2, 'won', 100],
      [6, 'lost', 200],
    ]);
    expect(parsed.input.deals).toMatchObject({ found: true, tab: 'Deals', rows: 2, used: 2 });
  });

  it('finds a header row that is not on row 1', () => {
    const parsed = parseDeals([
      [],
      ['', '', ''],
      ['Data utworzenia', 'Etap', 'Wartość', '', ''],
      ['05.03.2024', 'Wygrana', '1 234,56 zł'],
    ]);
    expect(parsed.input.deals.mapping).toMatchObject({
      created: 'Data utworzenia',
      stage: 'Etap',
      value: 'Wartość',
    });
    expect(parsed.input.deals.headers).toEqual(['Data utworzenia', 'Etap', 'Wartość']);
    expect(parsed.deals).toHaveLength(1);
    expect(parsed.deals[0]).toMatchObject({ row: 4, outcome: 'won', value: 1234.56 });
  });

  it('skips a title above the table: the header is the first row naming the required columns', () => {
    const parsed = parseDeals([
      ['Pipeline 2024'],
      [],
      ['Exported 2024-04-15', '', 'by Anna'],
      ['Created', 'Stage', 'Value'],
      ['2024-03-01', 'Won', 100],
    ]);
    expect(parsed.issues).toEqual([]);
    expect(parsed.input.deals.headers).toEqual(['Created', 'Stage', 'Value']);
    expect(parsed.deals.map((d) => [d.row, d.outcome, d.value])).toEqual([[5, 'won', 100]]);
  });

  it('keeps the first row as the header when no row names the required columns', () => {
    const parsed = parseDeals([['Pipeline 2024'], ['Created', 'Value'], ['2024-03-01', 100]]);
    expect(parsed.input.deals.headers).toEqual(['Pipeline 2024']);
    expect(issueSummary(parsed)).toEqual([
      { tab: 'Deals', row: null, column: null, code: 'missing_column' },
      { tab: 'Deals', row: null, column: null, code: 'missing_column' },
    ]);
  });

  it('reports duplicate headers and reads the first column', () => {
    const parsed = parseDeals([
      ['Created', 'Stage', 'Value', 'Value'],
      ['2024-03-01', 'Won', 100, 999],
    ]);
    expect(parsed.deals[0].value).toBe(100);
    expect(parsed.input.deals.headers).toEqual(['Created', 'Stage', 'Value']);
    expect(parsed.issues).toEqual([
      {
        tab: 'Deals',
        row: 1,
        column: 'Value',
        code: 'duplicate_header',
        message:
          'The header "Value" appears more than once; only its first column (C) is read. Rename the other column if it holds different data.',
      },
    ]);
  });

  it('ignores the text cells of a number column, and negative values, keeping the rows', () => {
    const parsed = parseDeals([
      ['Created', 'Stage', 'Value', 'Meetings'],
      ['2024-03-01', 'Won', 100, 2],
      ['2024-03-02', 'Won', 'n/a', 'three'],
      ['2024-03-03', 'Won', '1,200', -1],
      ['2024-03-04', 'Won', '-50', ''],
    ]);
    expect(parsed.deals.map((d) => [d.value, d.conversations])).toEqual([
      [100, 2],
      [null, null],
      [1200, null],
      [null, null],
    ]);
    expect(issueSummary(parsed)).toEqual([
      { tab: 'Deals', row: 3, column: 'Value', code: 'bad_number' },
      { tab: 'Deals', row: 3, column: 'Meetings', code: 'bad_number' },
      { tab: 'Deals', row: 4, column: 'Meetings', code: 'negative_value' },
      { tab: 'Deals', row: 5, column: 'Value', code: 'negative_value' },
    ]);
    expect(parsed.issues[0].message).toBe('"n/a" in "Value" is not a number. The cell is ignored.');
    expect(parsed.issues[3].message).toBe('The value -50 is negative. The cell is ignored.');
  });

  it('quotes at most 100 characters of a huge cell in an issue (a sheet cell holds 50,000, an Excel cell 32,767)', () => {
    const parsed = parseDeals([
      ['Created', 'Stage', 'Value'],
      ['2024-03-01', 'Won', 'x'.repeat(40_000)],
    ]);
    expect(parsed.issues[0].message).toBe(
      `"${'x'.repeat(99)}…" in "Value" is not a number. The cell is ignored.`,
    );
  });

  it('ignores a closed date before the created date and keeps the deal', () => {
    const parsed = parseDeals([
      ['Created', 'Stage', 'Closed'],
      ['2024-03-05', 'Won', '2024-03-01'],
    ]);
    expect(parsed.deals[0]).toMatchObject({ created: day('2024-03-05'), closed: null, outcome: 'won' });
    expect(parsed.issues).toEqual([
      {
        tab: 'Deals',
        row: 2,
        column: 'Closed',
        code: 'closed_before_created',
        message:
          'The date in "Closed", 2024-03-01, is before the one in "Created", 2024-03-05, so it is ignored.',
      },
    ]);
  });

  it('takes a date field from the column holding dates, not from a checkbox of the same name', () => {
    const parsed = parseDeals([
      ['Created', 'Stage', 'Closed', 'Close date', 'Won'],
      ['2024-03-05', 'Won', true, new Date('2024-03-20T00:00:00Z'), true],
      ['2024-03-06', 'Open', false, '2024-05-30', false],
    ]);
    expect(parsed.input.deals.mapping.closed).toBe('Close date');
    expect(parsed.deals.map((d) => d.closed)).toEqual([day('2024-03-20'), day('2024-05-30')]);
    expect(parsed.issues).toEqual([]);
  });

  it('drops a deal created after today but accepts an open deal closing in the future', () => {
    const parsed = parseDeals([
      ['Created', 'Stage', 'Close date'],
      ['2024-04-16', 'Won', ''],
      ['2024-04-15', 'Proposal', '2024-06-30'],
    ]);
    expect(parsed.deals.map((d) => [d.row, d.closed])).toEqual([[3, day('2024-06-30')]]);
    expect(parsed.issues).toEqual([
      {
        tab: 'Deals',
        row: 2,
        column: 'Created',
        code: 'future_date',
        message:
          'The date in "Created", 2024-04-16, is after today (2024-04-15). Check the year. The row is not used.',
      },
    ]);
    expect(parsed.input.deals).toMatchObject({ rows: 2, used: 1 });
  });

  it('reads a follow-up column of dates or Yes / No ticks', () => {
    const parsed = parseDeals([
      ['Created', 'Stage', 'Kontakt po sprzedaży'],
      ['2024-03-01', 'Won', '2024-03-10'],
      ['2024-03-01', 'Won', 'Tak'],
      ['2024-03-01', 'Won', 'nie'],
      ['2024-03-01', 'Won', true],
      ['2024-03-01', 'Won', ''],
      ['2024-03-01', 'Won', 'maybe'],
    ]);
    expect(parsed.deals.map((d) => d.followUp)).toEqual([
      day('2024-03-10'),
      'undated',
      null,
      'undated',
      null,
      null,
    ]);
    expect(parsed.issues.map((i) => [i.row, i.code])).toEqual([[7, 'bad_date']]);
  });

  it('ignores the closed date of a won or lost deal that lies after today', () => {
    const parsed = parseDeals([
      ['Created', 'Stage', 'Close date'],
      ['2024-04-01', 'Won', '2024-04-20'],
      ['2024-04-01', 'Lost', '2024-04-15'],
    ]);
    expect(parsed.deals.map((d) => [d.row, d.outcome, d.closed])).toEqual([
      [2, 'won', null],
      [3, 'lost', day('2024-04-15')],
    ]);
    expect(parsed.issues.map((i) => [i.row, i.column, i.code, i.message])).toEqual([
      [
        2,
        'Close date',
        'future_date',
        'The deal is closed, but its date in "Close date", 2024-04-20, is after today (2024-04-15). Check the date. The cell is ignored.',
      ],
    ]);
  });

  it('reads unknown stages as open and lists each once, first spelling kept', () => {
    const parsed = parseDeals([
      ['Created', 'Stage'],
      ['2024-03-01', 'Negotiation'],
      ['2024-03-02', 'Closed Won'],
      ['2024-03-03', 'negotiation '],
      ['2024-03-04', 'Proposal sent'],
      ['2024-03-05', 'Podpisana umowa'],
    ]);
    expect(parsed.deals.map((d) => [d.stage, d.outcome])).toEqual([
      ['Negotiation', 'open'],
      ['Closed Won', 'won'],
      ['negotiation', 'open'],
      ['Proposal sent', 'open'],
      ['Podpisana umowa', 'open'],
    ]);
    expect(parsed.openStages).toEqual(['Negotiation', 'Proposal sent', 'Podpisana umowa']);
    expect(parsed.issues).toEqual([]);
  });

  it('applies the stage outcomes set in the settings', () => {
    const parsed = parseDeals(
      [
        ['Created', 'Stage'],
        ['2024-03-01', 'Podpisana umowa'],
        ['2024-03-02', 'Rezygnacja klienta'],
      ],
      { stageOutcomes: { 'podpisana umowa': 'won', 'rezygnacja klienta': 'lost' } },
    );
    expect(parsed.deals.map((d) => d.outcome)).toEqual(['won', 'lost']);
    expect(parsed.openStages).toEqual([]);
  });

  it('reports spreadsheet errors: the row goes when the cell is required, else only the cell', () => {
    const parsed = parseDeals([
      ['Created', 'Stage', 'Value', 'Customer'],
      ['#N/A', 'Won', 100, 'Acme'],
      ['2024-03-02', '#REF!', 100, 'Acme'],
      ['2024-03-03', 'Won', '#VALUE!', '#DIV/0!'],
    ]);
    expect(parsed.deals.map((d) => [d.row, d.value, d.customer])).toEqual([[4, null, null]]);
    expect(issueSummary(parsed)).toEqual([
      { tab: 'Deals', row: 2, column: 'Created', code: 'error_value' },
      { tab: 'Deals', row: 3, column: 'Stage', code: 'error_value' },
      { tab: 'Deals', row: 4, column: 'Value', code: 'error_value' },
      { tab: 'Deals', row: 4, column: 'Customer', code: 'error_value' },
    ]);
    expect(parsed.issues[0].message).toBe(
      'The cell shows the error #N/A. Fix the formula or the source data. The row is not used.',
    );
    expect(parsed.issues[2].message).toBe(
      'The cell shows the error #VALUE!. Fix the formula or the source data. The cell is ignored.',
    );
  });

  it('drops rows with an empty or unreadable created date or an empty stage', () => {
    const parsed = parseDeals([
      ['Created', 'Stage'],
      ['', 'Won'],
      ['soon', 'Won'],
      ['2024-03-01', ''],
      ['2024-03-01', 'Won'],
    ]);
    expect(parsed.deals.map((d) => d.row)).toEqual([5]);
    expect(parsed.issues.map((i) => [i.row, i.column, i.code, i.message])).toEqual([
      [2, 'Created', 'missing_required', '"Created" is empty. The row is not used.'],
      [
        3,
        'Created',
        'bad_date',
        '"soon" in "Created" is not a date. Use a date like 2024-03-05. The row is not used.',
      ],
      [4, 'Stage', 'missing_required', '"Stage" is empty. The row is not used.'],
    ]);
  });

  it('reads two-digit years up to ten years ahead of today', () => {
    const parsed = parseDeals([
      ['Created', 'Stage', 'Closed'],
      ['05.03.24', 'Negotiation', '20.03.34'], // open: its close date is expected, so may lie ahead
      ['05.03.99', 'Won', '20.03.35'],
    ]);
    expect(parsed.deals.map((d) => [d.created, d.closed])).toEqual([
      [day('2024-03-05'), day('2034-03-20')],
      [day('1999-03-05'), null],
    ]);
    expect(issueSummary(parsed)).toEqual([
      { tab: 'Deals', row: 3, column: 'Closed', code: 'closed_before_created' },
    ]);
  });

  it('trims stray and non-breaking spaces and joins names that differ in case or spacing', () => {
    const parsed = parseDeals([
      [' Created\u00a0', '\u00a0Stage ', 'Customer', 'Channel'],
      [' 2024-03-01 ', ' Won\u00a0', '  Acme\u00a0 Ltd ', 'Google  Ads'],
      ['2024-03-02', 'won', 'ACME LTD', 'google ads'],
    ]);
    expect(parsed.deals.map((d) => [d.customer, d.customerKey, d.channel, d.channelKey, d.outcome])).toEqual([
      ['Acme Ltd', 'acme ltd', 'Google Ads', 'google ads', 'won'],
      ['ACME LTD', 'acme ltd', 'google ads', 'google ads', 'won'],
    ]);
    expect(parsed.issues).toEqual([]);
  });

  it('decides day/month order per column', () => {
    const parsed = parseDeals(
      [
        ['Created', 'Stage', 'Closed', 'Delivered'],
        ['13/03/2024', 'Won', '3/20/2024', '4/5/2024'],
        ['05/03/2024', 'Won', '4/1/2024', '4/6/2024'],
      ],
      { locale: 'pl-PL' },
    );
    expect(parsed.deals.map((d) => [d.created, d.closed, d.delivered])).toEqual([
      [day('2024-03-13'), day('2024-03-20'), day('2024-05-04')],
      [day('2024-03-05'), day('2024-04-01'), day('2024-06-04')],
    ]);
    const us = parseDeals(
      [
        ['Created', 'Stage'],
        ['4/5/2024', 'Won'],
      ],
      { locale: 'en-US' },
    );
    expect(us.deals[0].created).toBe(day('2024-04-05'));
  });

  it('names a date in a number column as the sheet shows it, in its time zone', () => {
    const parsed = parseDeals(
      [
        ['Created', 'Stage', 'Value'],
        ['2024-03-01', 'Won', new Date('2024-03-04T23:00:00Z')],
      ],
      { timeZone: 'Europe/Warsaw' },
    );
    expect(parsed.issues.map((i) => i.message)).toEqual([
      '"2024-03-05" in "Value" is not a number. The cell is ignored.',
    ]);
  });

  it('reads Date cells in the spreadsheet time zone', () => {
    const parsed = parseDeals(
      [
        ['Created', 'Stage'],
        [new Date('2024-04-15T22:30:00Z'), 'Won'],
        [45383, 'Won'],
      ],
      { timeZone: 'Europe/Warsaw', today: day('2024-04-20') },
    );
    expect(parsed.deals.map((d) => d.created)).toEqual([day('2024-04-16'), day('2024-04-01')]);
  });

  it('reports a deal type it does not know and keeps the deal', () => {
    const parsed = parseDeals([
      ['Created', 'Stage', 'Typ'],
      ['2024-03-01', 'Won', 'Nowy'],
      ['2024-03-02', 'Won', 'Partnerstwo'],
    ]);
    expect(parsed.deals.map((d) => d.type)).toEqual(['new', null]);
    expect(issueSummary(parsed)).toEqual([{ tab: 'Deals', row: 3, column: 'Typ', code: 'unknown_type' }]);
  });

  it('runs on a Deals tab with only a header, with no deals and no issue', () => {
    const parsed = parseDeals([['Created', 'Stage', 'Value']]);
    expect(parsed.deals).toEqual([]);
    expect(parsed.issues).toEqual([]);
    expect(parsed.input.deals).toMatchObject({ found: true, rows: 0, used: 0 });
    expect(dealsBlocker(parsed)).toBeNull();
  });

  it('uses a mapping override from the settings', () => {
    const parsed = parseDeals(
      [
        ['Date', 'Stage', 'First call'],
        ['2024-01-01', 'Won', '2024-03-01'],
      ],
      { mapping: { deals: { created: 'First call' }, channels: {}, customers: {} } },
    );
    expect(parsed.input.deals.mapping.created).toBe('First call');
    expect(parsed.deals[0].created).toBe(day('2024-03-01'));
  });

  it('reports an override naming a missing header and falls back to detection', () => {
    const parsed = parseDeals(
      [
        ['Created', 'Stage'],
        ['2024-03-01', 'Won'],
      ],
      { mapping: { deals: { created: 'Lead date' }, channels: {}, customers: {} } },
    );
    expect(parsed.input.deals.mapping.created).toBe('Created');
    expect(parsed.deals).toHaveLength(1);
    expect(parsed.issues).toEqual([
      {
        tab: 'Deals',
        row: null,
        column: 'Lead date',
        code: 'bad_setting',
        message:
          'The settings map "Created" to the column "Lead date", which the tab "Deals" does not have; the column found automatically is used instead. Correct the column mapping in the sidebar or the Audit settings tab.',
      },
    ]);
  });

  it('writes its issues in Polish for a Polish audit', () => {
    const parsed = parseDeals(
      [
        ['Data utworzenia', 'Etap', 'Wartość'],
        ['2024-03-01', 'Wygrana', 'dużo'],
      ],
      { lang: 'pl' },
    );
    expect(parsed.issues.map((i) => i.message)).toEqual([
      '„dużo” w kolumnie „Wartość” nie jest liczbą. Komórkę pominięto.',
    ]);
  });

  it('writes numbers in its messages the way the audit language does', () => {
    const rows = [
      ['Created', 'Stage', 'Value', 'Customer'],
      ['2024-03-01', 'Won', '-1 234,5 zł', ''],
      ['2024-03-01', '', 22700, 'Acme'],
    ];
    expect(parseDeals(rows, { lang: 'pl' }).issues.map((i) => i.message)).toEqual([
      'Wartość -1234,5 jest ujemna. Komórkę pominięto.',
      'Brak wartości w kolumnie „Stage”. Wiersz pominięto.',
    ]);
    expect(parseDeals(rows, { lang: 'en' }).issues.map((i) => i.message)).toEqual([
      'The value -1,234.5 is negative. The cell is ignored.',
      '"Stage" is empty. The row is not used.',
    ]);
  });
});

describe('when the audit cannot run', () => {
  it('has no Deals tab', () => {
    const parsed = parseInput({ deals: null, channels: null, customers: null }, { ...options, lang: 'pl' });
    expect(parsed.input.deals).toMatchObject({ found: false, tab: null, rows: 0, used: 0 });
    expect(parsed.input.deals.mapping.created).toBeNull();
    expect(issueSummary(parsed)).toEqual([
      { tab: 'Transakcje', row: null, column: null, code: 'missing_tab' },
    ]);
    expect(dealsBlocker(parsed)).toBe(parsed.issues[0]);
  });

  it('has an empty Deals tab', () => {
    const parsed = parseDeals([[], ['', '']]);
    expect(parsed.issues).toEqual([
      {
        tab: 'Deals',
        row: null,
        column: null,
        code: 'no_header',
        message:
          'The tab "Deals" is empty. Put the column headers in the first row and one record per row below them.',
      },
    ]);
    expect(dealsBlocker(parsed)).toBe(parsed.issues[0]);
  });

  it('has no stage column', () => {
    const parsed = parseDeals([
      ['Created', 'Value'],
      ['2024-03-01', 100],
    ]);
    expect(parsed.deals).toEqual([]);
    expect(parsed.input.deals.rows).toBe(0);
    expect(parsed.issues).toEqual([
      {
        tab: 'Deals',
        row: null,
        column: null,
        code: 'missing_column',
        message:
          'The tab "Deals" has no "Stage" column, so the audit cannot run. Its headers: "Created", "Value". ' +
          'A column is read as "Stage" when its header is one of: "Stage", "Deal Stage", "Stage Name", ' +
          '"Opportunity Stage", "deal_stage", "dealstage", "Status", "Deal Status", "Etap", "Etap sprzedaży", ' +
          '"Status transakcji", "Faza", "Wynik". Rename your column to one of these, or pick it as "Stage" under ' +
          'column mapping: in the sidebar (Data) or in the Audit settings tab.',
      },
    ]);
    expect(dealsBlocker(parsed)).toBe(parsed.issues[0]);
  });
});

describe('Channels', () => {
  const parseChannels = (values: Grid) =>
    parseInput(
      {
        deals: { name: 'Deals', values: [['Created', 'Stage']] },
        channels: { name: 'Kanały', values },
        customers: null,
      },
      { ...options, locale: 'pl-PL' },
    );

  it('reads cost rows and reports unusable ones', () => {
    const parsed = parseChannels([
      ['Kanał', 'Miesiąc', 'Koszt'],
      ['Google Ads', '2024-03', '1 500,00 zł'],
      ['Google Ads', '2024-04', 1500],
      ['Targi', '', '2.000'],
      ['Polecenia', '', ''],
      ['', '2024-03', 100],
      ['Facebook', 'marzec', 300],
      ['LinkedIn', '2024-03', '-20'],
    ]);
    expect(parsed.channelCosts).toEqual([
      { row: 2, channel: 'Google Ads', channelKey: 'google ads', cost: 1500, date: day('2024-03-01') },
      { row: 3, channel: 'Google Ads', channelKey: 'google ads', cost: 1500, date: day('2024-04-01') },
      { row: 4, channel: 'Targi', channelKey: 'targi', cost: 2000, date: null },
    ]);
    expect(issueSummary(parsed)).toEqual([
      { tab: 'Kanały', row: 5, column: 'Koszt', code: 'missing_required' },
      { tab: 'Kanały', row: 6, column: 'Kanał', code: 'missing_required' },
      { tab: 'Kanały', row: 7, column: 'Miesiąc', code: 'bad_date' },
      { tab: 'Kanały', row: 8, column: 'Koszt', code: 'negative_value' },
    ]);
    expect(parsed.input.channels).toMatchObject({ found: true, tab: 'Kanały', rows: 7, used: 3 });
  });

  it('reports a Channels tab without a cost column once', () => {
    const parsed = parseChannels([['Channel'], ['Google Ads'], ['Referrals']]);
    expect(parsed.channelCosts).toEqual([]);
    expect(issueSummary(parsed)).toEqual([
      { tab: 'Kanały', row: null, column: null, code: 'missing_column' },
    ]);
    expect(dealsBlocker(parsed)).toBeNull();
  });
});

describe('Customers', () => {
  const customersTab = (values: Grid): NamedGrid => ({ name: 'Customers', values });

  it('reads customers, keeps the first of duplicates and checks the scales', () => {
    const parsed = parseInput(
      {
        deals: { name: 'Deals', values: [['Created', 'Stage']] },
        channels: null,
        customers: customersTab([
          ['Customer', 'Status', 'Last contact', 'CSAT', 'NPS', 'Account manager', 'Support plan'],
          ['Acme Ltd', 'VIP', '2024-04-01', 5, 9, 'Ewa', 'Gold'],
          ['  ACME\u00a0 ltd', 'Active', '2024-04-02', 4, 8, 'Ola', ''],
          ['Beta', 'Nowy', '2024-05-01', 11, 7.5, '', ''],
          ['Gamma', '', '', '', 10, '', ''],
        ]),
      },
      options,
    );
    expect(parsed.customers).toEqual([
      {
        row: 2,
        name: 'Acme Ltd',
        key: 'acme ltd',
        status: 'VIP',
        statusKey: 'vip',
        lastContact: day('2024-04-01'),
        satisfaction: 5,
        nps: 9,
        firstLine: 'Ewa',
        support: 'Gold',
      },
      {
        row: 4,
        name: 'Beta',
        key: 'beta',
        status: 'Nowy',
        statusKey: 'nowy',
        lastContact: null,
        satisfaction: null,
        nps: null,
        firstLine: null,
        support: null,
      },
      {
        row: 5,
        name: 'Gamma',
        key: 'gamma',
        status: null,
        statusKey: null,
        lastContact: null,
        satisfaction: null,
        nps: 10,
        firstLine: null,
        support: null,
      },
    ]);
    expect(parsed.issues.map((i) => [i.row, i.column, i.code, i.message])).toEqual([
      [
        3,
        'Customer',
        'duplicate_customer',
        'The customer "ACME ltd" is already listed in row 2; the first row is used and this one is not.',
      ],
      [
        4,
        'Last contact',
        'future_date',
        'The date in "Last contact", 2024-05-01, is after today (2024-04-15). Check the year. The cell is ignored.',
      ],
      [4, 'CSAT', 'bad_number', 'The score 11 is not on a 1–5 or 0–10 scale. The cell is ignored.'],
      [4, 'NPS', 'nps_scale', 'The NPS answer 7.5 is not a whole number from 0 to 10. The cell is ignored.'],
    ]);
    expect(parsed.input.customers).toMatchObject({ rows: 4, used: 3 });
  });

  it('reads a first-line contact or support plan written as No as none', () => {
    const parsed = parseInput(
      {
        deals: { name: 'Deals', values: [['Created', 'Stage']] },
        channels: null,
        customers: customersTab([
          ['Customer', 'Account manager', 'Support plan'],
          ['Acme Ltd', 'Nie', 'No'],
          ['Beta', 'Ewa', 'Gold'],
        ]),
      },
      options,
    );
    expect(parsed.customers.map((c) => [c.firstLine, c.support])).toEqual([
      [null, null],
      ['Ewa', 'Gold'],
    ]);
    expect(parsed.issues).toEqual([]);
  });

  it('ignores negative satisfaction and NPS scores with an issue each', () => {
    const parsed = parseInput(
      {
        deals: { name: 'Deals', values: [['Created', 'Stage']] },
        channels: null,
        customers: customersTab([
          ['Customer', 'CSAT', 'NPS'],
          ['Acme Ltd', -1, -3],
        ]),
      },
      options,
    );
    expect(parsed.customers.map((c) => [c.satisfaction, c.nps])).toEqual([[null, null]]);
    expect(parsed.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, 'CSAT', 'negative_value'],
      [2, 'NPS', 'negative_value'],
    ]);
  });

  it('joins deals to customers through the same normalized key', () => {
    const parsed = parseInput(
      {
        deals: {
          name: 'Deals',
          values: [
            ['Created', 'Stage', 'Klient'],
            ['2024-03-01', 'Won', 'kowalski  SP. Z O.O.'],
          ],
        },
        channels: null,
        customers: customersTab([['Klient'], ['Kowalski sp. z o.o.']]),
      },
      options,
    );
    expect(parsed.deals[0].customerKey).toBe(parsed.customers[0].key);
  });
});
