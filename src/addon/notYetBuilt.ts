import { resolveLanguage, t } from '../core/i18n/catalog';

/** Tells the user honestly that a menu item arrives in a later version. */
export function notYetBuilt(feature: string): void {
  const lang = resolveLanguage('auto', SpreadsheetApp.getActive().getSpreadsheetLocale());
  SpreadsheetApp.getUi().alert(
    t(lang, 'app.name'),
    `${feature}: not available yet.`,
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}
