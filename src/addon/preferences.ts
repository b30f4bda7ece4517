// The language and currency the add-on talks in: the settings tab's, else the spreadsheet locale's.
import { readAuditSettings } from '../core/audit';
import type { AuditResult, Lang, NamedGrid, Settings } from '../core/types';
import { readTab, type Workbook } from './workbook';

export interface Preferences {
  lang: Lang;
  currency: string;
  settings: Settings;
}

/** Reads the preferences from a settings tab already read (null: none). */
export function preferencesFrom(workbook: Workbook, settingsTab: NamedGrid | null): Preferences {
  const { settings, lang } = readAuditSettings({
    settings: settingsTab,
    locale: workbook.locale,
    timeZone: workbook.timeZone,
  });
  return { lang, currency: settings.currency, settings };
}

/** The preferences an audit ran with: its settings, read from the tab it was handed, and its language. */
export function preferencesOf(result: Pick<AuditResult, 'report' | 'settings'>): Preferences {
  return { lang: result.report.language, currency: result.settings.currency, settings: result.settings };
}

export function documentPreferences(workbook: Workbook): Preferences {
  return preferencesFrom(workbook, readTab(workbook, workbook.tabs.settings));
}
