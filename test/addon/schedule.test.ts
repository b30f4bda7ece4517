// The monthly audit (SPEC §5) in the stand-in: one trigger per user per spreadsheet, changed in place and
// removed; granular consent; a scheduled run with no UI, and one that finds the document lock held.
import type { SidebarState } from '../../src/core/server-api';
import { loadBundle } from '../support/loadBundle';
import { NOW, salesSpreadsheet } from '../support/scenarios';

const SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';
const OUTCOME = 'salesProcessAudit.scheduleOutcome';

describe('sidebarSetSchedule', () => {
  it('makes one trigger, changes it in place and removes it', () => {
    const doc = salesSpreadsheet({ deals: 60 });
    const bundle = loadBundle(doc, { now: NOW });
    const on = bundle.call<SidebarState>('sidebarSetSchedule', { dayOfMonth: 3, hour: 6 });
    expect(doc.script.triggers).toEqual([
      {
        id: 'trigger-1',
        user: 'owner',
        handler: 'scheduledAudit',
        dayOfMonth: 3,
        hour: 6,
        timeZone: 'Europe/Warsaw',
      },
    ]);
    expect(on.schedule).toEqual({ mine: { dayOfMonth: 3, hour: 6 }, others: 0, last: null });

    const changed = bundle.call<SidebarState>('sidebarSetSchedule', { dayOfMonth: 28, hour: 23 });
    expect(doc.script.triggers.map((trigger) => [trigger.dayOfMonth, trigger.hour])).toEqual([[28, 23]]);
    expect(changed.schedule.mine).toEqual({ dayOfMonth: 28, hour: 23 });

    const off = bundle.call<SidebarState>('sidebarSetSchedule', null);
    expect(doc.script.triggers).toEqual([]);
    expect(off.schedule.mine).toBeNull();
  });

  it('tells another editor that a monthly audit is set, without saying by whom', () => {
    const doc = salesSpreadsheet({ deals: 60 });
    loadBundle(doc, { now: NOW }).call('sidebarSetSchedule', { dayOfMonth: 1, hour: 7 });
    doc.script.user = 'colleague';
    const state = loadBundle(doc, { now: NOW }).call<SidebarState>('sidebarLoad');
    expect(state.schedule).toEqual({ mine: null, others: 1, last: null });
    expect(JSON.stringify(state.schedule)).not.toMatch(/owner/);
  });

  it.each([
    [{ dayOfMonth: 29, hour: 6 }],
    [{ dayOfMonth: 0, hour: 6 }],
    [{ dayOfMonth: 1, hour: 24 }],
    [{ dayOfMonth: 1.5, hour: 6 }],
    [{ dayOfMonth: '1', hour: 6 }],
    [{ dayOfMonth: 1, hour: 6, weekly: true }],
    ['monthly'],
    [[1, 6]],
  ])('refuses %j and makes no trigger', (argument) => {
    const doc = salesSpreadsheet({ deals: 60 });
    const bundle = loadBundle(doc, { now: NOW });
    expect(() => bundle.call('sidebarSetSchedule', argument)).toThrow(
      'The monthly audit needs a day of the month from 1 to 28 and an hour from 0 to 23.',
    );
    expect(doc.script.triggers).toEqual([]);
  });

  it('asks for script.scriptapp only when switching on; the rest works without it', () => {
    const doc = salesSpreadsheet({ deals: 60 });
    doc.script.grantedScopes.delete(SCOPE);
    const bundle = loadBundle(doc, { now: NOW });
    // A permission declined is said as such, not as an unexpected error to report to support.
    expect(() => bundle.call('sidebarSetSchedule', { dayOfMonth: 3, hour: 6 })).toThrow(
      'The monthly audit needs your permission for the add-on to run when you are not present, and it was not given. Switch it on again and allow it when Google asks; everything else works without it.',
    );
    expect(doc.script.triggers).toEqual([]);
    expect(bundle.logged).toEqual([]);
    expect(doc.script.consentAsked).toEqual([SCOPE]);
    expect(bundle.call<SidebarState>('sidebarLoad').schedule.mine).toBeNull();
    expect(bundle.call<SidebarState>('sidebarSetSchedule', null).schedule.mine).toBeNull();
    bundle.call('runAudit');
    expect(doc.alerts).toEqual([]);
  });
});

describe('scheduledAudit', () => {
  it('writes the audit, the history row and the snapshot without any UI, and records its outcome', () => {
    const doc = salesSpreadsheet({ deals: 60 });
    loadBundle(doc, { now: NOW }).call('sidebarSetSchedule', { dayOfMonth: 28, hour: 12 });
    doc.script.context = 'trigger';
    const bundle = loadBundle(doc, { now: NOW });
    expect(() => bundle.call('showSidebar')).toThrow(/getUi/);
    bundle.call('scheduledAudit', { authMode: 'FULL', triggerUid: 'trigger-1' });
    expect(doc.sheetNames()).toEqual(
      expect.arrayContaining(['Sales Process Audit', 'Audit history', 'Audit snapshots']),
    );
    // Labels, the hidden row of ids, and this run's row.
    expect(doc.sheet('Audit history')!.values()).toHaveLength(3);
    const outcome = JSON.parse(doc.documentProperties.get(OUTCOME)!);
    expect(outcome).toMatchObject({ at: '2024-06-30T12:00:00+02:00', status: 'done', error: null });
    expect(typeof outcome.score).toBe('number');
    expect(doc.alerts).toEqual([]);
    doc.script.context = 'editor';
    expect(loadBundle(doc, { now: NOW }).call<SidebarState>('sidebarLoad').schedule.last).toEqual(outcome);
  });

  it('records "busy" and writes nothing when another run holds the document lock', () => {
    const doc = salesSpreadsheet({ deals: 60 });
    doc.script.context = 'trigger';
    doc.lock.heldElsewhere = true;
    loadBundle(doc, { now: NOW }).call('scheduledAudit', { authMode: 'FULL', triggerUid: 'trigger-1' });
    expect(doc.sheetNames()).toEqual(['Deals', 'Channels', 'Customers']);
    expect(JSON.parse(doc.documentProperties.get(OUTCOME)!)).toEqual({
      at: '2024-06-30T12:00:00+02:00',
      status: 'busy',
      score: null,
      rating: null,
      error: null,
    });
  });
});
