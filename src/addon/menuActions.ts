// The menu items that change the document: each holds the document lock and tells the user in a
// sentence what happened or what went wrong.
import { auditSpreadsheet } from '../core/audit';
import { resolveLanguage, t, type MessageKey } from '../core/i18n/catalog';
import type { Lang } from '../core/types';
import { auditDoneMessage, readAuditInput, writeAudit } from './auditRun';
import { isoDateIn } from './clock';
import { alertFailure, alertUser } from './failures';
import { addMissingTabs, addSampleTabs, existingInputTabs } from './inputTabs';
import { withDocumentLock } from './lock';
import { documentPreferences, preferencesFrom } from './preferences';
import { openWorkbook, spreadsheetLocale, type Workbook } from './workbook';

/**
 * Runs `work` under the document lock. Until the settings tab is read the language is the locale's;
 * `work` switches to the settings' language with `speak` as soon as it knows it.
 */
function menuAction(
  failureTitle: MessageKey,
  work: (workbook: Workbook, speak: (lang: Lang) => void) => void,
): void {
  const spreadsheet = SpreadsheetApp.getActive();
  const locale = spreadsheetLocale(spreadsheet);
  let lang = resolveLanguage('auto', locale);
  withDocumentLock(
    () => {
      try {
        work(openWorkbook(spreadsheet, locale), (chosen) => (lang = chosen));
      } catch (error) {
        alertFailure(lang, error, failureTitle);
      }
    },
    () => alertUser(lang, 'app.name', t(lang, 'addon.busy')),
  );
}

const quoted = (lang: Lang, names: string[]) =>
  names.map((name) => t(lang, 'addon.quoted', { name })).join(', ');

export function runAuditAction(): void {
  menuAction('addon.failedTitle', (workbook, speak) => {
    const input = readAuditInput(workbook);
    speak(preferencesFrom(workbook, input.request.settings).lang);
    const run = writeAudit(workbook, input, auditSpreadsheet(input.request));
    workbook.spreadsheet.toast(auditDoneMessage(run), t(run.result.report.language, 'app.name'));
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
    alertUser(lang, 'app.name', message);
  });
}

export function insertSampleDataAction(): void {
  menuAction('addon.actionFailedTitle', (workbook, speak) => {
    const { lang, currency } = documentPreferences(workbook);
    speak(lang);
    const existing = existingInputTabs(workbook);
    if (existing.length) {
      alertUser(
        lang,
        'app.name',
        t(lang, 'addon.sampleRefused', { n: existing.length, tabs: quoted(lang, existing) }),
      );
      return;
    }
    const rows = addSampleTabs(workbook, lang, currency, isoDateIn(workbook.timeZone));
    alertUser(lang, 'app.name', t(lang, 'addon.sampleInserted', rows));
  });
}
