// "Help": a short dialog about the tabs and the menu, in the document's language.
import { t } from '../core/i18n/catalog';
import { OWN_TAB_NAMES } from '../core/input/tabs';
import { documentPreferences } from './preferences';
import { ADDON_VERSION } from './version';
import { openWorkbook, spreadsheetLocale } from './workbook';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function showHelpDialog(): void {
  const spreadsheet = SpreadsheetApp.getActive();
  const { lang } = documentPreferences(openWorkbook(spreadsheet, spreadsheetLocale(spreadsheet)));
  const paragraphs = [
    t(lang, 'addon.helpIntro'),
    t(lang, 'addon.helpTabs'),
    t(lang, 'addon.helpOwnTabs', OWN_TAB_NAMES[lang]),
    t(lang, 'addon.helpMenu'),
    t(lang, 'addon.helpMonthly'),
    t(lang, 'addon.helpVersion', { version: ADDON_VERSION }),
  ];
  const html =
    '<div style="font-family:Arial,sans-serif;font-size:13px;line-height:1.5">' +
    paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('') +
    '</div>';
  SpreadsheetApp.getUi().showModalDialog(
    HtmlService.createHtmlOutput(html).setWidth(520).setHeight(420),
    t(lang, 'addon.helpTitle'),
  );
}
