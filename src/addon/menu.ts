import { resolveLanguage, t } from '../core/i18n/catalog';

/**
 * Builds the add-on menu. Runs in AuthMode.NONE too, so it reads nothing from the document; the user's
 * locale needs no authorization. It may come with a region and an underscore (`pl_PL`), like Sheets' own.
 */
export function buildMenu(): void {
  const lang = resolveLanguage('auto', Session.getActiveUserLocale().replace(/_/g, '-'));
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
