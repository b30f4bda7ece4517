// The sidebar's server functions and the dialogs, in the built bundle against the Sheets stand-in.
import type { SidebarState } from '../../src/core/server-api';
import { FakeSpreadsheet } from '../support/fakeSpreadsheet';
import { loadBundle } from '../support/loadBundle';
import { GENERATED_AT, NOW, salesSpreadsheet } from '../support/scenarios';

const WRITE_CALL = /\.(set|insert|delete|append|add|merge|clear)/;

function writes(log: { toJSON(): Record<string, number> }): string[] {
  return Object.keys(log.toJSON()).filter((name) => WRITE_CALL.test(name) && !name.startsWith('HtmlOutput.'));
}

function thrownMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the call to throw');
}

describe('sidebarLoad', () => {
  it('computes the audit without writing anything', () => {
    const doc = salesSpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    const state = bundle.call<SidebarState>('sidebarLoad');

    expect(writes(bundle.log)).toEqual([]);
    expect(doc.sheetNames()).toEqual(['Deals', 'Channels', 'Customers']);
    expect(state.problem).toBeNull();
    expect(state.language).toBe('en');
    expect(state.report?.areas.map((area) => area.id)).toEqual([
      'acquisition',
      'conversations',
      'aftersales',
      'relationships',
    ]);
    expect(state.settings.minSample).toBe(5);
    expect(state.questions.length).toBeGreaterThan(0);
  });

  it('reports the last run from the history tab, with the score of the run before it', () => {
    const doc = salesSpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    expect(bundle.call<SidebarState>('sidebarLoad').lastRun).toBeNull();
    bundle.call('runAudit');
    const first = bundle.call<SidebarState>('sidebarLoad');
    // The run time as the history tab holds it: the spreadsheet's wall-clock time (a date-time value).
    expect(first.lastRun).toEqual({
      generatedAt: GENERATED_AT.slice(0, 16),
      overallScore: first.report!.overall.score,
      previousOverallScore: null,
    });
    bundle.call('runAudit');
    const second = bundle.call<SidebarState>('sidebarLoad');
    expect(second.lastRun).toEqual({
      generatedAt: GENERATED_AT.slice(0, 16),
      overallScore: second.report!.overall.score,
      previousOverallScore: first.report!.overall.score,
    });
    expect(second.report!.overall.previousScore).toBe(first.report!.overall.score);
  });

  it('explains what to do when there is no Deals tab', () => {
    const doc = new FakeSpreadsheet();
    doc.addSheet('Sheet1');
    const state = loadBundle(doc, { now: NOW }).call<SidebarState>('sidebarLoad');
    expect(state.report).toBeNull();
    expect(state.problem).toMatch(/^There is no Deals tab yet\./);
  });
});

describe('sidebar saves', () => {
  it('writes a settings change to the settings tab, keeping rows the add-on does not know', () => {
    const doc = salesSpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('runAudit');
    const settings = doc.sheet('Audit settings')!;
    settings.write(settings.lastRow + 2, 1, { value: 'My note to myself', formula: null });

    const state = bundle.call<SidebarState>('sidebarSaveSettings', { minSample: 8 });
    expect(state.settings.minSample).toBe(8);
    expect(doc.sheet('Audit settings')!.values().flat()).toContain('My note to myself');
    expect(bundle.call<SidebarState>('sidebarLoad').settings.minSample).toBe(8);
    expect(doc.sheetNames().filter((name) => name.startsWith('Audit settings'))).toEqual(['Audit settings']);
  });

  it('creates the settings tab when saving answers before any audit', () => {
    const doc = salesSpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    const { questions } = bundle.call<SidebarState>('sidebarLoad');
    const id = questions[0].id;
    const state = bundle.call<SidebarState>('sidebarSaveAnswers', {
      [id]: { answer: 'partly', note: 'Twice a year' },
    });
    expect(state.settings.answers[id]).toEqual({ answer: 'partly', note: 'Twice a year' });
    expect(doc.sheet('Audit settings')!.metadata).toEqual([
      { key: 'salesProcessAudit.settings', value: 'settings' },
    ]);
  });

  it.each([
    ['sidebarSaveSettings', [{ minSample: 'many' }]],
    ['sidebarSaveSettings', ['not an object']],
    ['sidebarSaveAnswers', [{ 'q.unknown.question': { answer: 'yes', note: '' } }]],
    ['sidebarSaveAnswers', [42]],
    ['sidebarSaveMapping', [{ deals: { created: 7 } }]],
    ['sidebarSaveMapping', [null]],
    ['sidebarSelectBlock', [{ id: 'area.acquisition' }]],
    ['sidebarSelectBlock', ['<script>']],
  ])('%s rejects malformed arguments %j and writes nothing', (name, args) => {
    const doc = salesSpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    const message = thrownMessage(() => bundle.call(name, ...args));
    expect(message).not.toMatch(/^Something unexpected/);
    expect(message.length).toBeGreaterThan(10);
    expect(writes(bundle.log)).toEqual([]);
    expect(bundle.logged).toEqual([]);
  });

  it('says a change is already running when the lock is held', () => {
    const doc = salesSpreadsheet();
    doc.lock.heldElsewhere = true;
    const bundle = loadBundle(doc, { now: NOW });
    expect(thrownMessage(() => bundle.call('sidebarSaveSettings', { minSample: 8 }))).toMatch(
      /already running/,
    );
    expect(writes(bundle.log)).toEqual([]);
  });
});

describe('sidebarRunAudit and sidebarSelectBlock', () => {
  it('runs the audit and then selects a block of the audit tab', () => {
    const doc = salesSpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    expect(bundle.call('sidebarSelectBlock', 'area.acquisition')).toBe(false);

    const state = bundle.call<SidebarState>('sidebarRunAudit');
    expect(state.report).not.toBeNull();
    expect(doc.sheet('Sales Process Audit')).toBeDefined();
    const stored = JSON.parse(doc.documentProperties.get('salesProcessAudit.blocks')!);
    const block = stored.blocks[0];
    expect(bundle.call('sidebarSelectBlock', block.id)).toBe(true);
    expect(doc.activeRange).toEqual({ sheet: 'Sales Process Audit', range: block.range });
    expect(bundle.call('sidebarSelectBlock', 'no.such.block')).toBe(false);
  });

  it('shows the report just written, compared with the run before it rather than with itself', () => {
    const doc = salesSpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    const first = bundle.call<SidebarState>('sidebarRunAudit');
    expect(first.report!.overall.previousScore).toBeUndefined();
    expect(first.lastRun).toMatchObject({
      overallScore: first.report!.overall.score,
      previousOverallScore: null,
    });

    // A month later one more deal is won; the second run compares with the first.
    const deals = doc.sheet('Deals')!;
    const stageColumn = deals.values()[0].indexOf('Stage');
    const openRow = deals.values().findIndex((row) => row[stageColumn] === 'Proposal');
    deals.write(openRow + 1, stageColumn + 1, { value: 'Won', formula: null });
    const second = bundle.call<SidebarState>('sidebarRunAudit');
    expect(second.report!.overall.previousScore).toBe(first.report!.overall.score);
    expect(second.lastRun).toMatchObject({
      overallScore: second.report!.overall.score,
      previousOverallScore: first.report!.overall.score,
    });
    expect(doc.sheet('Audit history')!.values()).toHaveLength(4);
    expect(second.scoreTrend.map((point) => point.overall)).toEqual([
      first.report!.overall.score,
      second.report!.overall.score,
    ]);
    // Opening the sidebar again shows the same two audits: the preview of the data now is no audit run.
    const reopened = bundle.call<SidebarState>('sidebarLoad');
    expect(reopened.scoreTrend).toEqual(second.scoreTrend);
  });

  it('on opening before a second audit the trend holds the one audit run, not the preview', () => {
    const bundle = loadBundle(salesSpreadsheet({ deals: 60 }), { now: NOW });
    expect(bundle.call<SidebarState>('sidebarLoad').scoreTrend).toEqual([]);
    const run = bundle.call<SidebarState>('sidebarRunAudit');
    expect(run.scoreTrend).toHaveLength(1);
    expect(bundle.call<SidebarState>('sidebarLoad').scoreTrend).toEqual(run.scoreTrend);
  });

  it('sidebarCreateInputTabs adds the tabs and returns the new state', () => {
    const doc = new FakeSpreadsheet();
    doc.addSheet('Sheet1');
    const state = loadBundle(doc, { now: NOW }).call<SidebarState>('sidebarCreateInputTabs');
    expect(doc.sheetNames()).toEqual(['Sheet1', 'Deals', 'Channels', 'Customers', 'Audit settings']);
    expect(state.problem).toBeNull();
    expect(state.report?.input.deals).toMatchObject({ found: true, tab: 'Deals', rows: 0 });
  });
});

describe('dialogs', () => {
  it('showSidebar serves Sidebar.html with a title in the user’s language', () => {
    const doc = salesSpreadsheet({ lang: 'pl' });
    loadBundle(doc, { now: NOW }).call('showSidebar');
    expect(doc.dialogs).toEqual([
      { kind: 'sidebar', title: 'Audyt procesu sprzedaży', html: '<!-- file: Sidebar -->' },
    ]);
  });

  it('showHelp explains the tabs and the menu in a modal dialog', () => {
    const doc = salesSpreadsheet();
    loadBundle(doc, { now: NOW }).call('showHelp');
    expect(doc.dialogs).toHaveLength(1);
    const [dialog] = doc.dialogs;
    expect(dialog.kind).toBe('modal');
    expect(dialog.title).toBe('Sales Process Audit: help');
    expect(dialog.html).toContain('“Sales Process Audit” (the audit, rebuilt on every run)');
    expect(dialog.html).toContain('Menu: “Run audit” writes the audit tab.');
    expect(dialog.html).not.toMatch(/<script/i);
  });

  it('showHelp speaks Polish in a Polish spreadsheet, naming the menu items as the menu does', () => {
    const doc = salesSpreadsheet({ lang: 'pl' });
    loadBundle(doc, { now: NOW }).call('showHelp');
    const [dialog] = doc.dialogs;
    expect(dialog.title).toBe('Audyt procesu sprzedaży: pomoc');
    expect(dialog.html).toContain('Menu: „Uruchom audyt” tworzy kartę audytu.');
    expect(dialog.html).toContain('Każdy obszar dostaje ocenę: Dobry, Do poprawy lub Krytyczny.');
  });
});

describe('service calls of the sidebar’s audit', () => {
  // The monthly re-run: every tab the audit reads exists (settings, history and snapshots from a run
  // a month before), so each of the six is read once, the settings tab included.
  const MONTH_MS = 31 * 86_400_000;

  function secondRun(name: 'sidebarRunAudit' | 'sidebarLoad') {
    const doc = salesSpreadsheet();
    loadBundle(doc, { now: new Date(NOW.getTime() - MONTH_MS) }).call('sidebarRunAudit');
    const bundle = loadBundle(doc, { now: NOW });
    const state = bundle.call<SidebarState>(name);
    expect(state.problem).toBeNull();
    return bundle.log;
  }

  it('reads each tab once when it runs the audit: deals, channels, customers, settings, history, snapshots', () => {
    const log = secondRun('sidebarRunAudit');
    expect(log.count('Range.getValues')).toBe(6);
    expect(log.documentCalls()).toBeLessThanOrEqual(40);
  });

  it('reads the settings tab alone, and writes nothing, when it loads after a run (the data unchanged)', () => {
    const log = secondRun('sidebarLoad');
    // The last run's summary is current (see sidebarOpening.test.ts): no other tab is read.
    expect(log.count('Range.getValues')).toBe(1);
    expect(writes(log)).toEqual([]);
  });
});
