// createInputTabs and insertSampleData of the built bundle against the Sheets stand-in.
import { FIELD_ORDER } from '../../src/core/input/fields';
import { SAMPLE_COLUMNS } from '../../src/core/sample/generator';
import { inputTabPlan, TEMPLATE_DATA_ROWS } from '../../src/core/templates/inputTabs';
import { FakeSpreadsheet } from '../support/fakeSpreadsheet';
import { loadBundle } from '../support/loadBundle';
import { NOW, salesSpreadsheet, TODAY } from '../support/scenarios';

/** The calls of "Create input tabs" (three input tabs and the settings tab) and of "Insert sample data". */
const CREATE_INPUT_TABS_CALLS = 45;
const SAMPLE_DATA_CALLS = 34;

function emptySpreadsheet(locale = 'en_US') {
  const doc = new FakeSpreadsheet({ timeZone: 'Europe/Warsaw', locale });
  doc.addSheet('Sheet1');
  return doc;
}

describe('createInputTabs', () => {
  it('adds Deals, Channels and Customers with headers, formats, dropdowns and a frozen header row', () => {
    const doc = emptySpreadsheet();
    loadBundle(doc, { now: NOW }).call('createInputTabs');

    expect(doc.sheetNames()).toEqual(['Sheet1', 'Deals', 'Channels', 'Customers', 'Audit settings']);
    expect(doc.sheet('Audit settings')!.metadata).toEqual([
      { key: 'salesProcessAudit.settings', value: 'settings' },
    ]);
    const template = inputTabPlan('deals', 'en', 'USD');
    const deals = doc.sheet('Deals')!;
    expect(deals.values()).toEqual([template.values[0]]);
    expect(deals.frozenRows).toBe(1);
    expect(deals.fontWeights.get('1,1')).toBe('bold');
    const created = FIELD_ORDER.deals.indexOf('created') + 1;
    const value = FIELD_ORDER.deals.indexOf('value') + 1;
    expect(deals.numberFormats.get(`2,${created}`)).toBe('yyyy-mm-dd');
    expect(deals.numberFormats.get(`${TEMPLATE_DATA_ROWS + 1},${value}`)).toBe('"$"#,##0');
    const stage = FIELD_ORDER.deals.indexOf('stage') + 1;
    const type = FIELD_ORDER.deals.indexOf('type') + 1;
    expect(deals.validations).toEqual([
      {
        range: { row: 2, column: stage, numRows: TEMPLATE_DATA_ROWS, numColumns: 1 },
        values: ['Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'],
        allowInvalid: true,
      },
      {
        range: { row: 2, column: type, numRows: TEMPLATE_DATA_ROWS, numColumns: 1 },
        values: ['New', 'Up-sell', 'Cross-sell'],
        allowInvalid: true,
      },
    ]);
    expect(doc.sheet('Customers')!.validations.map((v) => [v.range.column, v.values.length])).toEqual([
      [2, 6],
      [7, 2],
    ]);
    expect(doc.sheet('Channels')!.validations).toEqual([]);
    expect(doc.sheet('Channels')!.values()).toEqual([['Channel', 'Month', 'Cost']]);
    expect(doc.alerts).toEqual([
      {
        title: 'Sales Process Audit',
        message:
          'Added the tabs “Deals”, “Channels”, “Customers”, “Audit settings”. Fill them in (one row per deal, cost or customer), then run the audit.',
      },
    ]);
  });

  it('makes a constant number of calls: one write of values, formats and styles per tab, one of its dropdowns', () => {
    const doc = emptySpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('createInputTabs');
    expect(bundle.log.count('Spreadsheet.insertSheet')).toBe(4);
    // Deals and Customers have dropdowns (Stage and Type; Status and Support plan), Channels none.
    expect(bundle.log.count('Range.setDataValidations')).toBe(2);
    expect(bundle.log.count('Range.setDataValidation')).toBe(0);
    expect(bundle.log.count('Range.setValues')).toBe(4);
    expect(bundle.log.documentCalls()).toBe(CREATE_INPUT_TABS_CALLS);
  });

  it('adds only the missing tabs and leaves an existing Deals tab as it is', () => {
    const doc = emptySpreadsheet();
    doc.addSheet('Opportunities').fill([
      ['Stage', 'Created'],
      ['Won', '2024-01-05'],
    ]);
    const before = doc.sheet('Opportunities')!.snapshot();
    loadBundle(doc, { now: NOW }).call('createInputTabs');

    expect(doc.sheetNames()).toEqual(['Sheet1', 'Opportunities', 'Channels', 'Customers', 'Audit settings']);
    expect(doc.sheet('Opportunities')!.snapshot()).toBe(before);
    expect(doc.alerts[0].message).toMatch(/^Added the tabs “Channels”, “Customers”, “Audit settings”\./);
  });

  it('never writes over a user’s tab: one named like a template tab keeps its data and its own dropdown', () => {
    const doc = emptySpreadsheet();
    const mine = doc.addSheet('Channels');
    mine.fill([
      ['Channel', 'Month', 'Cost'],
      ['Fairs', '2024-01', 1200],
    ]);
    mine.validations.push({
      range: { row: 2, column: 1, numRows: 10, numColumns: 1 },
      values: ['Fairs', 'Radio'],
      allowInvalid: false,
    });
    const before = mine.snapshot();
    loadBundle(doc, { now: NOW }).call('createInputTabs');

    expect(doc.sheet('Channels')!.snapshot()).toBe(before);
    expect(doc.sheetNames()).toEqual(['Sheet1', 'Channels', 'Deals', 'Customers', 'Audit settings']);
    expect(doc.sheet('Deals')!.validations).toHaveLength(2);
  });

  it('says so and adds nothing when the input tabs and the settings tab exist', () => {
    const doc = salesSpreadsheet();
    doc.addSheet('Audit settings');
    const names = doc.sheetNames();
    loadBundle(doc, { now: NOW }).call('createInputTabs');
    expect(doc.sheetNames()).toEqual(names);
    expect(doc.alerts[0].message).toBe('All input tabs are already there, so nothing was added.');
  });

  it('names and labels the tabs in Polish in a Polish spreadsheet', () => {
    const doc = emptySpreadsheet('pl_PL');
    loadBundle(doc, { now: NOW }).call('createInputTabs');
    expect(doc.sheetNames()).toEqual(['Sheet1', 'Transakcje', 'Kanały', 'Klienci', 'Ustawienia audytu']);
    expect(doc.sheet('Kanały')!.numberFormats.get('2,3')).toBe('#,##0"\u00a0zł"');
    expect(doc.alerts[0].message).toMatch(
      /^Dodano karty „Transakcje”, „Kanały”, „Klienci”, „Ustawienia audytu”\. /,
    );
  });
});

describe('insertSampleData', () => {
  it('fills an empty spreadsheet with about 300 example deals that the audit can read', () => {
    const doc = emptySpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('insertSampleData');

    expect(doc.sheetNames()).toEqual(['Sheet1', 'Deals', 'Channels', 'Customers']);
    const deals = doc.sheet('Deals')!.values();
    expect(deals).toHaveLength(301);
    const created = (deals[0] as string[]).indexOf('Created');
    expect(deals.slice(1).every((row) => row[created] instanceof Date)).toBe(true);
    expect(deals.slice(1).every((row) => (row[created] as Date).toISOString().slice(0, 10) <= TODAY)).toBe(
      true,
    );
    expect(doc.sheet('Deals')!.formulas()).toEqual([]);
    const customers = doc.sheet('Customers')!.values().length - 1;
    const channels = doc.sheet('Channels')!.values().length - 1;
    expect(doc.alerts).toEqual([
      {
        title: 'Sales Process Audit',
        message: `Added example data: 300 deals, ${channels} channel cost rows and ${customers} customers. Now choose “Run audit” from the add-on menu to see the audit of this example.`,
      },
    ]);

    const stage = SAMPLE_COLUMNS.deals.indexOf('stage') + 1;
    expect(doc.sheet('Deals')!.validations[0]).toEqual({
      range: { row: 2, column: stage, numRows: TEMPLATE_DATA_ROWS, numColumns: 1 },
      values: ['Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'],
      allowInvalid: true,
    });
    expect(doc.sheet('Customers')!.validations).toHaveLength(2);
    expect(bundle.log.count('Range.setDataValidations')).toBe(2);
    expect(bundle.log.documentCalls()).toBe(SAMPLE_DATA_CALLS);

    bundle.call('runAudit');
    expect(doc.alerts).toHaveLength(1);
    expect(doc.toasts[0].message).toMatch(/^Audit finished\. Overall: /);
  });

  it('refuses, explains and changes nothing when the spreadsheet has an input tab', () => {
    const doc = emptySpreadsheet();
    doc.addSheet('Customers').fill([['Customer'], ['Acme']]);
    const before = JSON.stringify(doc.sheets.map((sheet) => sheet.snapshot()));
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('insertSampleData');

    expect(JSON.stringify(doc.sheets.map((sheet) => sheet.snapshot()))).toBe(before);
    expect(doc.alerts).toEqual([
      {
        title: 'Sales Process Audit',
        message:
          'This spreadsheet already has the tab “Customers”. Example data is only added to a spreadsheet without Deals, Channels and Customers tabs, so nothing was changed. To try the example, open a new, empty spreadsheet.',
      },
    ]);
  });
});
