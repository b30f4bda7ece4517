// The sidebar: the panel itself and the server functions it calls through google.script.run.
// Arguments come from the client, so each is validated before use; errors reach the sidebar's failure
// handler as a sentence for the user.
import { auditSpreadsheet } from '../core/audit';
import { resolveLanguage, t } from '../core/i18n/catalog';
import { historyWithRun, lastRunOf } from '../core/history';
import { sameFingerprint } from '../core/lastRunSummary';
import { sidebarReport } from '../core/sidebarReport';
import type { MappingPatch, SettingsPatch, SidebarState } from '../core/server-api';
import {
  applyAnswers,
  applyMappingPatch,
  applySettingsPatch,
  validateAnswers,
  validateMappingPatch,
  validateSettingsPatch,
} from '../core/settings/patches';
import { questionViews } from '../core/settings/questions';
import { unrecognizedRows } from '../core/settings/settingsTabRows';
import { settingsPlan } from '../core/settings/settingsTabWriter';
import type { AuditResult, Grid, Lang, Settings } from '../core/types';
import { validateSchedule } from '../core/schedule';
import { UserError } from '../core/userError';
import { BLOCKS_PROPERTY, readAuditInput, writeAudit, type StoredBlocks } from './auditRun';
import { rethrowForSidebar } from './failures';
import { scheduleState, setSchedule } from './schedule';
import { addMissingTabs } from './inputTabs';
import { currentFingerprint, loadSummary } from './lastRunStore';
import { withDocumentLock } from './lock';
import { isOwned, ownedTarget } from './ownership';
import { documentPreferences, preferencesFrom, preferencesOf, type Preferences } from './preferences';
import { createTab, replaceTab } from './tabWriter';
import { openWorkbook, readTab, sheetNamed, spreadsheetLocale, type Workbook } from './workbook';

export function showSidebarPanel(): void {
  const spreadsheet = SpreadsheetApp.getActive();
  const { lang } = documentPreferences(openWorkbook(spreadsheet, spreadsheetLocale(spreadsheet)));
  SpreadsheetApp.getUi().showSidebar(
    HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t(lang, 'addon.sidebarTitle')),
  );
}

/**
 * Runs a server function: `locked` ones change the document and hold the document lock. `lang` gives the
 * language it should validate in (the document's), read from the settings tab only when asked: running
 * or loading the audit reads that tab anyway. Errors become sentences for the sidebar.
 */
function serve<T>(locked: boolean, work: (workbook: Workbook, lang: () => Lang) => T): T {
  const spreadsheet = SpreadsheetApp.getActive();
  const locale = spreadsheetLocale(spreadsheet);
  let workbook: Workbook | null = null;
  let documentLang: Lang | null = null;
  const lang = (): Lang => {
    if (documentLang === null && workbook) documentLang = documentPreferences(workbook).lang;
    return documentLang ?? resolveLanguage('auto', locale);
  };
  const run = () => {
    workbook = openWorkbook(spreadsheet, locale);
    return work(workbook, lang);
  };
  try {
    return locked
      ? withDocumentLock(run, () => {
          throw new UserError(t(lang(), 'addon.busy'));
        })
      : run();
  } catch (error) {
    let errorLang: Lang;
    try {
      errorLang = lang();
    } catch {
      // The settings tab could not be read either: the locale's language tells the user what went wrong.
      errorLang = resolveLanguage('auto', locale);
    }
    return rethrowForSidebar(errorLang, error);
  }
}

function sidebarState(
  workbook: Workbook,
  preferences: Preferences,
  history: Grid | null,
  result: Pick<AuditResult, 'report' | 'scoreTrend'> | null,
  problem: string | null,
  reportBasis: SidebarState['reportBasis'] = 'currentData',
): SidebarState {
  const report = result?.report ?? null;
  const language = report?.language ?? preferences.lang;
  return {
    language,
    report: report && sidebarReport(report),
    reportBasis,
    problem,
    lastRun: lastRunOf(history, workbook.timeZone),
    scoreTrend: result?.scoreTrend ?? [],
    settings: preferences.settings,
    questions: questionViews(language),
    schedule: scheduleState(SpreadsheetApp.getActive()),
  };
}

/**
 * What the sidebar opens with (SPEC §6): the last audit's stored summary while the input tabs have the
 * extent it read and the settings are the same, with a constant number of calls (the tab listing, the
 * settings tab, two per input tab) whatever the number of rows; else the current data, read whole.
 */
function openingState(workbook: Workbook): SidebarState {
  const preferences = preferencesFrom(workbook, readTab(workbook, workbook.tabs.settings));
  const stored = loadSummary();
  if (!stored || !sameFingerprint(stored.fingerprint, currentFingerprint(workbook, preferences.settings)))
    return currentState(workbook);
  const language = stored.report.language;
  return {
    language,
    report: stored.report,
    reportBasis: 'lastAudit',
    problem: null,
    lastRun: stored.lastRun,
    scoreTrend: stored.scoreTrend,
    settings: preferences.settings,
    questions: questionViews(language),
    schedule: scheduleState(SpreadsheetApp.getActive()),
  };
}

/** The audit of the current data, computed without writing anything. */
function currentState(workbook: Workbook): SidebarState {
  const input = readAuditInput(workbook);
  const history = input.request.history?.values ?? null;
  // Without an audit the settings are read on their own; an audit hands back the ones it read.
  const unaudited = (problem: (lang: Lang) => string) => {
    const preferences = preferencesFrom(workbook, input.request.settings);
    return sidebarState(workbook, preferences, history, null, problem(preferences.lang));
  };
  if (!input.request.deals) return unaudited((lang) => t(lang, 'addon.noDeals'));
  try {
    const preview = auditSpreadsheet(input.request);
    // The trend's last point is this preview, which no history row holds: the sidebar's chart shows the
    // audits run, like the audit tab's (a run's state, from runAudit, ends with the run just written).
    const scoreTrend = preview.scoreTrend.slice(0, -1);
    return sidebarState(
      workbook,
      preferencesOf(preview),
      history,
      { report: preview.report, scoreTrend },
      null,
    );
  } catch (error) {
    if (error instanceof UserError) return unaudited(() => error.message);
    throw error;
  }
}

/** Rewrites the settings tab with `change` applied, keeping the rows the add-on does not know. */
function rewriteSettings(workbook: Workbook, change: (settings: Settings) => Settings): SidebarState {
  const tab = readTab(workbook, workbook.tabs.settings);
  const updated = change(preferencesFrom(workbook, tab).settings);
  const plan = settingsPlan(
    updated,
    resolveLanguage(updated.language, workbook.locale),
    unrecognizedRows(tab?.values ?? null),
  );
  // A settings tab a user typed is read (SPEC §3.4) but never rewritten: like the audit tab, ours then
  // goes beside it as `Audit settings (2)`, starting from what the user's tab said, and is read from then on.
  const target = ownedTarget(workbook, plan.name, 'settings');
  if (target.existing) replaceTab(workbook, target, plan, 'settings');
  else workbook.tabs.settings = createTab(workbook, plan.name, plan, 'settings');
  return currentState(workbook);
}

export function load(): SidebarState {
  return serve(false, openingState);
}

export function runAudit(): SidebarState {
  return serve(true, (workbook) => {
    const input = readAuditInput(workbook);
    if (!input.request.deals) return currentState(workbook);
    const result = auditSpreadsheet(input.request);
    writeAudit(workbook, input, result);
    // The state shows the report just written, compared with the run before it; a fresh audit would be
    // compared with this very run and show no change anywhere.
    const history = historyWithRun(input.request.history?.values ?? null, result.history);
    return sidebarState(workbook, preferencesOf(result), history, result, null, 'lastAudit');
  });
}

export function saveAnswers(answers: unknown): SidebarState {
  return serve(true, (workbook, lang) => {
    const valid = validateAnswers(answers, lang());
    return rewriteSettings(workbook, (settings) => applyAnswers(settings, valid));
  });
}

export function saveSettingsPatch(patch: unknown): SidebarState {
  return serve(true, (workbook, lang) => {
    const valid: SettingsPatch = validateSettingsPatch(patch, lang());
    return rewriteSettings(workbook, (settings) => applySettingsPatch(settings, valid));
  });
}

export function saveMapping(patch: unknown): SidebarState {
  return serve(true, (workbook, lang) => {
    const valid: MappingPatch = validateMappingPatch(patch, lang());
    return rewriteSettings(workbook, (settings) => applyMappingPatch(settings, valid));
  });
}

export function createInputTabs(): SidebarState {
  return serve(true, (workbook) => {
    addMissingTabs(workbook, documentPreferences(workbook));
    // Tab roles are found by name: open again so the new tabs are detected.
    return currentState(openWorkbook(workbook.spreadsheet, workbook.locale));
  });
}

const BLOCK_ID = /^[A-Za-z0-9_.-]{1,100}$/;

/** Selects a block of the audit tab, from the positions the last run stored; false when there is none. */
export function selectBlock(blockId: unknown): boolean {
  return serve(false, (workbook, lang) => {
    if (typeof blockId !== 'string' || !BLOCK_ID.test(blockId))
      throw new UserError(t(lang(), 'addon.badArgument'));
    const json = PropertiesService.getDocumentProperties().getProperty(BLOCKS_PROPERTY);
    if (!json) return false;
    const stored = JSON.parse(json) as StoredBlocks;
    const block = stored.blocks.find((candidate) => candidate.id === blockId);
    const sheet = sheetNamed(workbook, stored.tab);
    if (!block || !sheet || !isOwned(sheet, 'audit')) return false;
    const { row, column, numRows, numColumns } = block.range;
    sheet.getRange(row, column, numRows, numColumns).activate();
    return true;
  });
}

/** Switches this user's monthly audit on or off (SPEC §5); the argument comes from the client. */
export function setMonthlySchedule(schedule: unknown): SidebarState {
  return serve(true, (workbook, lang) => {
    setSchedule(workbook, validateSchedule(schedule, lang()), lang());
    return openingState(workbook);
  });
}
