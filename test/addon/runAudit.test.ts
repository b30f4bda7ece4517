// runAudit of the built bundle against the Sheets stand-in.
import { chartColumns } from '../../src/core/plan/charts';
import { auditSpreadsheet } from '../../src/core/audit';
import { literalValues } from '../../src/addon/planWriter';
import { RATING_COLORS, isoDateTimeToSerial } from '../../src/core/plan/formats';
import type { AuditRequest, NamedGrid } from '../../src/core/types';
import { FakeSpreadsheet, type FakeSheet } from '../support/fakeSpreadsheet';
import { loadBundle } from '../support/loadBundle';
import { GENERATED_AT, NOW, salesSpreadsheet, TODAY } from '../support/scenarios';
import { auditServiceCalls } from '../support/serviceCalls';
import { generateSalesData } from '../../src/core/sample/generator';

const AUDIT_TAB = 'Sales Process Audit';
const HISTORY_TAB = 'Audit history';
const SNAPSHOTS_TAB = 'Audit snapshots';
const SETTINGS_TAB = 'Audit settings';
const INPUT_TABS = ['Deals', 'Channels', 'Customers'];
/** SPEC §6's 40 for a run once the add-on's tabs exist; the first run also makes them (see the README). */
const FIRST_RUN_CALLS = 63;

function grid(doc: FakeSpreadsheet, name: string): NamedGrid | null {
  const sheet = doc.sheet(name);
  return sheet ? { name, values: sheet.values() } : null;
}

/** What the engine makes of the same tabs, computed outside the bundle. */
function engineResult(doc: FakeSpreadsheet, tabs: { settings?: string; history?: string } = {}) {
  const request: AuditRequest = {
    deals: grid(doc, 'Deals'),
    channels: grid(doc, 'Channels'),
    customers: grid(doc, 'Customers'),
    settings: tabs.settings ? grid(doc, tabs.settings) : null,
    history: tabs.history ? grid(doc, tabs.history) : null,
    today: TODAY,
    generatedAt: GENERATED_AT,
    timeZone: doc.timeZone,
    locale: doc.locale.replace('_', '-'),
  };
  return auditSpreadsheet(request);
}

/** The plan's values as Sheets stores them: the apostrophe dropped, empty cells ''. */
function storedValues(values: (string | number | boolean | Date | null)[][]) {
  return literalValues(values).map((row) =>
    row.map((value) => (typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value)),
  );
}

/** A grid as getDataRange() shows it: trailing empty rows and columns cut off. */
function dataRange(values: unknown[][]): unknown[][] {
  const filled = (value: unknown) => value !== '' && value !== null;
  const rows = values.map((row) => row.some(filled)).lastIndexOf(true) + 1;
  const columns = Math.max(0, ...values.map((row) => row.map(filled).lastIndexOf(true) + 1));
  return values.slice(0, rows).map((row) => Array.from({ length: columns }, (_, c) => row[c] ?? ''));
}

function snapshots(doc: FakeSpreadsheet, names: string[]): string[] {
  return names.map((name) => (doc.sheet(name) as FakeSheet).snapshot());
}

describe('runAudit', () => {
  it('writes the audit the engine computes for the same tabs: values, colors, formats', () => {
    const doc = salesSpreadsheet();
    const expected = engineResult(doc);
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('runAudit');

    expect(doc.alerts).toEqual([]);
    const audit = doc.sheet(AUDIT_TAB)!;
    const plan = expected.auditPlan;
    expect(audit.values()).toEqual(dataRange(storedValues(plan.values)));
    expect(audit.formulas()).toEqual([]);
    plan.backgrounds.forEach((row, r) =>
      row.forEach((color, c) => expect(audit.backgrounds.get(`${r + 1},${c + 1}`) ?? null).toBe(color)),
    );
    plan.numberFormats.forEach((row, r) =>
      row.forEach((format, c) => expect(audit.numberFormats.get(`${r + 1},${c + 1}`) ?? '').toBe(format)),
    );
    expect(audit.frozenRows).toBe(plan.frozenRows);
    expect(audit.charts.map((chart) => chart.ranges[0])).toEqual(
      plan.charts.map((chart) => ({
        sheetId: audit.id,
        row: chart.rows.header,
        column: chartColumns(chart)[0].column,
        numRows: chart.rows.last - chart.rows.header + 1,
        numColumns: 1,
      })),
    );
    expect(plan.charts.length).toBeGreaterThan(0);
    expect(audit.metadata).toEqual([{ key: 'salesProcessAudit.audit', value: 'audit' }]);
    const colors = new Set(audit.backgrounds.values());
    for (const area of expected.report.areas) expect(colors).toContain(RATING_COLORS[area.rating]);

    const rating = { green: 'Good', amber: 'Needs attention', red: 'Critical' }[
      expected.report.overall.rating as 'green' | 'amber' | 'red'
    ];
    expect(doc.toasts).toEqual([
      {
        title: 'Sales Process Audit',
        message: `Audit finished. Overall: ${rating} (${Math.round(expected.report.overall.score!)}/100). See the tab “${AUDIT_TAB}”.`,
      },
    ]);
    expect(doc.activeRange?.sheet).toBe(AUDIT_TAB);
  });

  it('creates the settings tab from the settings plan and the history tab with a header on the first run', () => {
    const doc = salesSpreadsheet();
    const expected = engineResult(doc);
    loadBundle(doc, { now: NOW }).call('runAudit');
    expect(doc.sheetNames()).toEqual([...INPUT_TABS, SETTINGS_TAB, AUDIT_TAB, SNAPSHOTS_TAB, HISTORY_TAB]);
    const settings = doc.sheet(SETTINGS_TAB)!;
    expect(settings.values()).toEqual(dataRange(storedValues(expected.settingsPlan!.values)));
    expect(settings.metadata).toEqual([{ key: 'salesProcessAudit.settings', value: 'settings' }]);
    const history = doc.sheet(HISTORY_TAB)!;
    expect(history.values()).toEqual(storedValues([...expected.history.header.rows, expected.history.row]));
    // Labels a person reads, the ids a program reads in a hidden row below them, both frozen.
    expect(history.values()[0][0]).toBe('Run time');
    expect(history.values()[1].slice(0, 3)).toEqual(['run', 'period', 'overall']);
    expect([...history.hiddenRows]).toEqual([2]);
    expect(history.frozenRows).toBe(2);
    expect(history.fontWeights.get('1,1')).toBe('bold');
    expect(history.wraps.get('1,8')).toBe('true');
    // The run time is a date-time serial of the spreadsheet's wall clock (NOW in Warsaw), with a date-time format.
    expect(history.values()[2][0]).toBeCloseTo(isoDateTimeToSerial(expected.report.generatedAt)!, 8);
    expect(expected.report.generatedAt).toMatch(/\+0[12]:00$/);
    expect(history.numberFormats.get('3,1')).toBe('yyyy-mm-dd hh:mm');
    expect([...history.columnWidths.values()].every((width) => width >= 130)).toBe(true);
    expect(history.metadata).toEqual([{ key: 'salesProcessAudit.history', value: 'history' }]);
  });

  it('replaces the audit tab on a re-run and appends one history row per run', () => {
    const doc = salesSpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('runAudit');
    const firstHistoryRow = doc.sheet(HISTORY_TAB)!.values()[2];
    const second = engineResult(doc, { settings: SETTINGS_TAB, history: HISTORY_TAB });
    bundle.call('runAudit');

    expect(doc.sheetNames()).toEqual([...INPUT_TABS, SETTINGS_TAB, AUDIT_TAB, SNAPSHOTS_TAB, HISTORY_TAB]);
    const history = doc.sheet(HISTORY_TAB)!.values();
    expect(history).toHaveLength(4);
    expect(history[2]).toEqual(firstHistoryRow);
    expect(history[3]).toEqual(storedValues([second.history.row])[0]);
    expect(doc.sheet(AUDIT_TAB)!.values()).toEqual(dataRange(storedValues(second.auditPlan.values)));
    // The kept tab's charts are rebuilt in place: this run's charts, with this run's ranges, none piled up.
    const audit = doc.sheet(AUDIT_TAB)!;
    expect(second.auditPlan.charts.map((chart) => chart.id)).toEqual([
      'monthly',
      'scoreTrend',
      'channels',
      'pipeline',
      'lostReasons',
    ]);
    expect(audit.charts.map((chart) => [chart.type, chart.ranges[0]])).toEqual(
      second.auditPlan.charts.map((chart) => [
        chart.type.toUpperCase(),
        {
          sheetId: audit.id,
          row: chart.rows.header,
          column: chartColumns(chart)[0].column,
          numRows: chart.rows.last - chart.rows.header + 1,
          numColumns: 1,
        },
      ]),
    );
    expect(doc.activeRange?.sheet).toBe(AUDIT_TAB);
  });

  it('never touches the input tabs', () => {
    const doc = salesSpreadsheet();
    const before = snapshots(doc, INPUT_TABS);
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('runAudit');
    bundle.call('runAudit');
    expect(snapshots(doc, INPUT_TABS)).toEqual(before);
  });

  it('leaves a user’s tab named like the audit tab alone and writes to "Sales Process Audit (2)"', () => {
    const doc = salesSpreadsheet();
    doc.addSheet(AUDIT_TAB).fill([['My own notes'], ['=1+1']]);
    const before = doc.sheet(AUDIT_TAB)!.snapshot();
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('runAudit');
    bundle.call('runAudit');
    expect(doc.sheet(AUDIT_TAB)!.snapshot()).toBe(before);
    expect(doc.sheetNames().filter((name) => name.startsWith(AUDIT_TAB))).toEqual([
      AUDIT_TAB,
      `${AUDIT_TAB} (2)`,
    ]);
    expect(doc.toasts[1].message).toContain(`“${AUDIT_TAB} (2)”`);
  });

  it('appends to a history tab whose empty rows the user deleted', () => {
    const doc = salesSpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('runAudit');
    const history = doc.sheet(HISTORY_TAB)!;
    history.maxRows = 3;
    bundle.call('runAudit');

    expect(doc.alerts).toEqual([]);
    expect(history.values()).toHaveLength(4);
    expect(history.maxRows).toBe(4);
  });

  it('leaves a user’s tab named like the tab the audit is built in alone', () => {
    const doc = salesSpreadsheet();
    doc.addSheet(`${AUDIT_TAB} (building)`).fill([['My draft']]);
    const before = doc.sheet(`${AUDIT_TAB} (building)`)!.snapshot();
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('runAudit');
    bundle.call('runAudit');

    expect(doc.alerts).toEqual([]);
    expect(doc.sheet(`${AUDIT_TAB} (building)`)!.snapshot()).toBe(before);
    expect(doc.sheetNames()).toEqual([
      ...INPUT_TABS,
      `${AUDIT_TAB} (building)`,
      SETTINGS_TAB,
      AUDIT_TAB,
      SNAPSHOTS_TAB,
      HISTORY_TAB,
    ]);
  });

  it('audits a Deals tab with headers and no rows: every metric without data, nothing fails', () => {
    const doc = new FakeSpreadsheet({ timeZone: 'Europe/Warsaw', locale: 'en_US' });
    doc.addSheet('Deals').fill([['Created', 'Stage', 'Value']]);
    loadBundle(doc, { now: NOW }).call('runAudit');

    expect(doc.alerts).toEqual([]);
    expect(doc.toasts).toEqual([
      {
        title: 'Sales Process Audit',
        message: `Audit finished. There was too little data to rate the process; see the tab “${AUDIT_TAB}”.`,
      },
    ]);
    expect(doc.sheet(AUDIT_TAB)!.values().length).toBeGreaterThan(10);
    expect(doc.sheet(HISTORY_TAB)!.values()).toHaveLength(3);
  });

  it('writes a channel named like a formula as literal text', () => {
    const doc = new FakeSpreadsheet({ timeZone: 'Europe/Warsaw', locale: 'en_US' });
    const data = generateSalesData({ deals: 200, today: TODAY, lang: 'en', seed: 3 });
    const evil = '=IMPORTXML("http://x","//a")';
    const channelColumn = (data.deals.values[0] as string[]).indexOf('Channel');
    data.deals.values.slice(1, 60).forEach((row) => (row[channelColumn] = `'${evil}`));
    doc.addSheet('Deals').fill(data.deals.values);
    expect(doc.sheet('Deals')!.values()[1][channelColumn]).toBe(evil);

    loadBundle(doc, { now: NOW }).call('runAudit');
    const audit = doc.sheet(AUDIT_TAB)!;
    expect(audit.formulas()).toEqual([]);
    expect(audit.values().flat()).toContain(evil);
    expect(doc.sheet(HISTORY_TAB)!.formulas()).toEqual([]);
  });

  it('keeps the previous audit tab when a write fails half-way, and says so', () => {
    const doc = salesSpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('runAudit');
    const before = doc.sheet(AUDIT_TAB)!.snapshot();
    const names = doc.sheetNames();
    doc.failOn = 'setBackgrounds';
    bundle.call('runAudit');

    expect(doc.sheet(AUDIT_TAB)!.snapshot()).toBe(before);
    expect(doc.sheetNames()).toEqual(names);
    expect(doc.sheet(HISTORY_TAB)!.values()).toHaveLength(3);
    expect(doc.alerts).toEqual([
      {
        title: 'The audit could not be completed',
        message: expect.stringMatching(
          /^Something unexpected went wrong: Service error in setBackgrounds \(simulated\)\. Your data and the previous audit tab were not changed\./,
        ),
      },
    ]);
    expect(bundle.logged).toHaveLength(1);
  });

  it('keeps the previous audit tab when the history row cannot be written', () => {
    const doc = salesSpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('runAudit');
    const before = doc.sheet(AUDIT_TAB)!.snapshot();
    const names = doc.sheetNames();
    doc.failOn = `setValues@${HISTORY_TAB}`;
    bundle.call('runAudit');

    expect(doc.sheet(AUDIT_TAB)!.snapshot()).toBe(before);
    expect(doc.sheetNames()).toEqual(names);
    expect(doc.sheet(HISTORY_TAB)!.values()).toHaveLength(3);
    expect(doc.alerts[0].message).toMatch(/the previous audit tab were not changed/);
  });

  it('leaves no half-built audit tab when the first run’s write fails, and the next run builds it', () => {
    const doc = salesSpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    doc.failOn = `setWraps@${AUDIT_TAB}`;
    bundle.call('runAudit');

    expect(doc.alerts[0].message).toMatch(/Service error in setWraps \(simulated\)/);
    expect(doc.sheetNames()).not.toContain(AUDIT_TAB);
    doc.failOn = null;
    bundle.call('runAudit');
    expect(doc.alerts).toHaveLength(1);
    expect(doc.sheet(AUDIT_TAB)!.values()[0][0]).toBe('Sales Process Audit');
  });

  it('shows the engine’s sentence when the Deals tab cannot be audited, and keeps the previous audit', () => {
    const doc = salesSpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('runAudit');
    const before = doc.sheet(AUDIT_TAB)!.snapshot();
    doc.sheet('Deals')!.cells = [];
    doc.sheet('Deals')!.fill([
      ['Nothing', 'useful'],
      ['a', 'b'],
    ]);
    const expectedMessage = (() => {
      try {
        engineResult(doc);
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    })();
    bundle.call('runAudit');

    expect(expectedMessage).toEqual(expect.any(String));
    expect(doc.alerts).toEqual([{ title: 'The audit could not be completed', message: expectedMessage }]);
    expect(bundle.logged).toEqual([]);
    expect(doc.sheet(AUDIT_TAB)!.snapshot()).toBe(before);
    expect(doc.sheet(HISTORY_TAB)!.values()).toHaveLength(3);
  });

  it('tells a second click that an audit is running and writes nothing', () => {
    const doc = salesSpreadsheet();
    const before = JSON.stringify(doc.sheets.map((sheet) => sheet.snapshot()));
    doc.lock.heldElsewhere = true;
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('runAudit');

    expect(doc.alerts).toEqual([
      { title: 'Sales Process Audit', message: expect.stringMatching(/^An audit .* is already running/) },
    ]);
    expect(JSON.stringify(doc.sheets.map((sheet) => sheet.snapshot()))).toBe(before);
    expect(doc.toasts).toEqual([]);
    const writes = Object.keys(bundle.log.toJSON()).filter((name) =>
      /\.(set|insert|delete|append|add|merge)/.test(name),
    );
    expect(writes).toEqual([]);
  });

  it('releases the lock when it is done, also after a failure', () => {
    const doc = salesSpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    doc.failOn = 'setValues';
    bundle.call('runAudit');
    expect(doc.lock.held).toBe(false);
    expect(bundle.log.count('Lock.releaseLock')).toBe(1);
  });

  it('writes in Polish for a Polish spreadsheet', () => {
    const doc = salesSpreadsheet({ lang: 'pl' });
    loadBundle(doc, { now: NOW }).call('runAudit');
    expect(doc.sheetNames()).toEqual([
      'Transakcje',
      'Kanały',
      'Klienci',
      'Ustawienia audytu',
      'Audyt procesu sprzedaży',
      'Migawki audytów',
      'Historia audytów',
    ]);
    expect(doc.toasts[0].message).toMatch(/^Audyt gotowy\./);
  });
});

describe('service calls of runAudit', () => {
  it('are the same for 1,000 and 100,000 deals, at most 40 with the charts and the snapshot', () => {
    const small = auditServiceCalls(generateSalesData({ deals: 1_000, today: TODAY, seed: 1 }), NOW);
    const large = auditServiceCalls(generateSalesData({ deals: 100_000, today: TODAY, seed: 1 }), NOW);
    expect(large.byMethod).toEqual(small.byMethod);
    expect(small.documentCalls).toBeLessThanOrEqual(40);
    // Of SPEC §6's 40: the five charts (at most 7) and the snapshot (issue 13: at most 3; 2 here).
    expect(small.chartCalls).toBeLessThanOrEqual(7);
    expect(small.snapshotCalls).toBe(2);
    // Deals, channels, customers, settings, history and snapshots; the merges of the three input tabs.
    expect(small.byMethod['Range.getValues']).toBe(6);
    expect(small.byMethod['Range.getMergedRanges']).toBe(3);
    // The first run reads three tabs fewer and makes them (settings, history, snapshots) with their layout.
    expect(large.firstRunCalls).toBe(small.firstRunCalls);
    expect(small.firstRunCalls).toBeLessThanOrEqual(FIRST_RUN_CALLS);
  });
});

describe('without a container document', () => {
  it('refuses to run unguarded when LockService.getDocumentLock() returns null, and writes nothing', () => {
    const doc = salesSpreadsheet();
    doc.lock.available = false;
    const before = doc.sheetNames();
    const bundle = loadBundle(doc, { now: NOW });
    expect(() => bundle.call('runAudit')).toThrow(/runs only inside a spreadsheet/);
    expect(doc.sheetNames()).toEqual(before);
  });
});
