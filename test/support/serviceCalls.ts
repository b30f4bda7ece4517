// How many service calls one add-on run makes: for the tests (constant, at most 40) and `npm run bench`.
import type { SampleData } from '../../src/core/sample/generator';
import { DOCUMENT_CLASSES, REFERENCE_CALLS } from './appsScriptGlobals';
import { FakeSpreadsheet } from './fakeSpreadsheet';
import { loadBundle } from './loadBundle';
import { fillTabs } from './scenarios';

export interface ServiceCallCount {
  /** Reads and writes of the spreadsheet (see CallLog.documentCalls): the number SPEC §6 bounds. */
  documentCalls: number;
  /** Of documentCalls, those of the charts (SPEC §6 gives the five charts up to 7 of the 40). */
  chartCalls: number;
  /** Of documentCalls, those on the hidden snapshots tab (issue 13: at most 3 of the 40 once the tab exists). */
  snapshotCalls: number;
  /** Spreadsheet calls of opening the sidebar after that run (SPEC §6: from the run's summary). */
  openingCalls: number;
  /**
   * Reads and writes of the first run, which also creates the settings, history and snapshots tabs and
   * builds the audit tab from nothing (four charts: the score trend needs two runs).
   */
  firstRunCalls: number;
  /** Every call on the document's objects, reference getters (getRange, getActive…) included. */
  spreadsheetCalls: number;
  /** Every call to any service: chart and validation builders, lock, properties, Utilities too. */
  allCalls: number;
  byMethod: Record<string, number>;
}

/** What making the hidden snapshots tab costs, by method (the first run's exception to issue 13's three). */
export const SNAPSHOT_TAB_CREATION = {
  'Spreadsheet.insertSheet': 1,
  'Sheet.addDeveloperMetadata': 1,
  'Sheet.hideSheet': 1,
  'Sheet.getMaxColumns': 1,
  'Sheet.deleteColumns': 1,
  'Sheet.insertRowsAfter': 1,
  'Sheet.getSheetId': 1,
  'Sheet.getRange': 1,
  'Range.setValues': 1,
};

/**
 * Runs the bundle's runAudit a month before `now` and at `now`, and counts the calls of the second run:
 * the monthly re-run, when the audit, history, settings and snapshots tabs exist; then those of opening the
 * sidebar; and those of the first run. Needs a built dist/Code.js. What `npm run bench` prints.
 */
export function auditServiceCalls(data: SampleData, now = new Date()): ServiceCallCount {
  const doc = new FakeSpreadsheet({ timeZone: 'Europe/Warsaw', locale: 'en_US' });
  fillTabs(doc, [data.deals, data.channels, data.customers]);
  const first = loadBundle(doc, { now: new Date(now.getTime() - 31 * 86_400_000) });
  first.call('runAudit');
  const bundle = loadBundle(doc, { now });
  bundle.call('runAudit');
  if (doc.alerts.length) throw new Error(`runAudit failed: ${doc.alerts[0].message}`);
  const byMethod = bundle.log.toJSON();
  const opening = loadBundle(doc, { now });
  opening.call('sidebarLoad');
  return {
    documentCalls: bundle.log.documentCalls(),
    chartCalls: Object.entries(byMethod)
      .filter(
        ([name]) =>
          DOCUMENT_CLASSES.includes(name.split('.')[0]) &&
          /Chart/.test(name) &&
          !REFERENCE_CALLS.includes(name),
      )
      .reduce((sum, [, count]) => sum + count, 0),
    snapshotCalls: bundle.log.sheetDocumentCalls('Audit snapshots'),
    openingCalls: opening.log.documentCalls(),
    firstRunCalls: first.log.documentCalls(),
    spreadsheetCalls: bundle.log.total(DOCUMENT_CLASSES),
    allCalls: bundle.log.total(),
    byMethod,
  };
}
