// The menu items that change the document: each holds the document lock and tells the user in a
// sentence what happened or what went wrong.
import { auditSpreadsheet } from '../core/audit';
import { resolveLanguage, t, type MessageKey } from '../core/i18n/catalog';
import type { AuditResult, Lang } from '../core/types';
import { auditDoneMessage, readAuditInput, writeAudit } from './auditRun';
import { isoDateIn } from './clock';
import { alertUser, failureMessage } from './failures';
import { addMissingTabs, addSampleTabs, existingInputTabs } from './inputTabs';
import { withDocumentLock } from './lock';
import { documentPreferences, preferencesFrom } from './preferences';
import { openWorkbook, spreadsheetLocale, type Workbook } from './workbook';

/** What a menu action tells the user when it is done: a toast or an alert, shown once the lock is released. */
interface Outcome {
  kind: 'toast' | 'alert';
  title: MessageKey;
  message: string;
}

function show(lang: Lang, outcome: Outcome): void {
  if (outcome.kind === 'alert') alertUser(lang, outcome.title, outcome.message);
  else SpreadsheetApp.getActive().toast(outcome.message, t(lang, outcome.title));
}

/**
 * Runs `work` under the document lock. Until the settings tab is read the language is the locale's;
 * `work` switches to the settings' language with `speak` as soon as it knows it. The outcome (or the
 * failure) is shown after the lock is released: an alert waits for a click and would keep the lock held.
 */
function menuAction(
  failureTitle: MessageKey,
  work: (workbook: Workbook, speak: (lang: Lang) => void) => Outcome,
): void {
  const spreadsheet = SpreadsheetApp.getActive();
  const locale = spreadsheetLocale(spreadsheet);
  let lang = resolveLanguage('auto', locale);
  const outcome = withDocumentLock<Outcome>(
    () => {
      try {
        return work(openWorkbook(spreadsheet, locale), (chosen) => (lang = chosen));
      } catch (error) {
        return { kind: 'alert', title: failureTitle, message: failureMessage(lang, error) };
      }
    },
    () => ({ kind: 'alert', title: 'app.name', message: t(lang, 'addon.busy') }),
  );
  show(lang, outcome);
}

const quoted = (lang: Lang, names: string[]) =>
  names.map((name) => t(lang, 'addon.quoted', { name })).join(', ');

export function runAuditAction(): void {
  menuAction('addon.failedTitle', (workbook, speak) => {
    const input = readAuditInput(workbook);
    let result: AuditResult;
    try {
      result = auditSpreadsheet(input.request);
    } catch (error) {
      // The failure is told in the settings' language; a finished audit hands back the language it used.
      speak(preferencesFrom(workbook, input.request.settings).lang);
      throw error;
    }
    speak(result.report.language);
    const run = writeAudit(workbook, input, result);
    return { kind: 'toast', title: 'app.name', message: auditDoneMessage(run) };
  });
}

export function createInputTabsAction(): void {
  menuAction('addon.actionFailedTitle', (workbook, speak) => {
    const preferences = documentPreferences(workbook);
    const lang = preferences.lang;
    speak(lang);
    const added = addMissingTabs(workbook, preferences);
    const message = added.length
      ? t(lang, 'addon.inputTabsAdded', { n: added.length, tabs: quoted(lang, added) })
      : t(lang, 'addon.inputTabsPresent');
    return { kind: 'alert', title: 'app.name', message };
  });
}

export function insertSampleDataAction(): void {
  menuAction('addon.actionFailedTitle', (workbook, speak) => {
    const { lang, currency } = documentPreferences(workbook);
    speak(lang);
    const existing = existingInputTabs(workbook);
    if (existing.length) {
      const message = t(lang, 'addon.sampleRefused', { n: existing.length, tabs: quoted(lang, existing) });
      return { kind: 'alert', title: 'app.name', message };
    }
    const rows = addSampleTabs(workbook, lang, currency, isoDateIn(workbook.timeZone));
    return { kind: 'alert', title: 'app.name', message: t(lang, 'addon.sampleInserted', rows) };
  });
}
