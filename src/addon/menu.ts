import { resolveLanguage, t } from '../core/i18n/catalog';

/** Builds the add-on menu. Runs in AuthMode.NONE too, so it reads nothing from the document. */
export function buildMenu(): void {
  const lang = resolveLanguage('auto', Session.getActiveUserLocale());
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t(lang, 'menu.runAudit'), 'runAudit')
    .addItem(t(lang, 'menu.openSidebar'), 'showSidebar')
    .addSeparator()
    .addItem(t(lang, 'menu.createInputTabs'), 'createInputTabs')
    .addItem(t(lang, 'menu.insertSampleData'), 'insertSampleData')
    .addSeparator()
    .addItem(t(lang, 'menu.help'), 'showHelp')
    .addToUi();
}
