// Which locale, language and currency the runner audits a file in, and why (SPEC §5): --locale / --lang when
// given; else Polish headers or amounts in zł / PLN make it pl-PL, as do a ';' CSV's decimal commas; the
// currency is the settings tab's, else the one the amounts carry, else the locale's.
import { readAuditSettings } from '../core/audit';
import { t } from '../core/i18n/catalog';
import { fileLocaleHints, headersMostlyPolish, type FileLocaleHints } from '../core/input/fileLocale';
import type { AuditReport, Grid } from '../core/types';
import type { CliOptions } from './args';
import type { LoadedInput } from './input';

const DEFAULT_LOCALE = 'en-US';
/** A locale that reads decimal commas and day-first dates, and speaks Polish. */
const POLISH_LOCALE = 'pl-PL';
/** ISO 4217 "no currency": asks the settings tab whether it names one. */
const NO_CURRENCY = 'XXX';

type LocaleReason = 'option' | 'polishHeaders' | 'plnAmounts' | 'decimalComma' | 'default';

export interface LocaleChoice {
  locale: string;
  /** The currency the amounts carry, handed to the audit for when the settings tab names none. */
  amountsCurrency: string | null;
  localeReason: LocaleReason;
  hints: FileLocaleHints;
  /** The settings tab names a language / a currency. */
  settingsLanguage: boolean;
  settingsCurrency: boolean;
}

export function chooseLocale(options: CliOptions, input: LoadedInput): LocaleChoice {
  const { deals, channels, customers, settings } = input.tabs;
  const grids: Grid[] = [deals, channels, customers].flatMap((tab) => (tab ? [tab.values] : []));
  const hints = fileLocaleHints(grids);
  let locale = DEFAULT_LOCALE;
  let localeReason: LocaleReason = 'default';
  if (options.locale !== null) [locale, localeReason] = [options.locale, 'option'];
  else if (headersMostlyPolish(hints)) [locale, localeReason] = [POLISH_LOCALE, 'polishHeaders'];
  else if (hints.currency === 'PLN') [locale, localeReason] = [POLISH_LOCALE, 'plnAmounts'];
  else if (input.decimalCommaFiles.length > 0) [locale, localeReason] = [POLISH_LOCALE, 'decimalComma'];
  const probe = readAuditSettings({ settings, locale, timeZone: 'UTC', currency: NO_CURRENCY }).settings;
  return {
    locale,
    amountsCurrency: hints.currency,
    localeReason,
    hints,
    settingsLanguage: probe.language !== 'auto',
    settingsCurrency: probe.currency !== NO_CURRENCY,
  };
}

/** The one line saying what was chosen and why, in the audit's language. */
export function localeLine(choice: LocaleChoice, report: AuditReport, options: CliOptions): string {
  const lang = report.language;
  const localeWhy = t(lang, `cli.locale.why.${choice.localeReason}`, {
    n: choice.hints.polishHeaders,
    total: choice.hints.headers,
  });
  const languageWhy = t(
    lang,
    options.lang
      ? 'cli.language.why.option'
      : choice.settingsLanguage
        ? 'cli.language.why.settings'
        : 'cli.language.why.locale',
  );
  const currencyWhy = t(
    lang,
    choice.settingsCurrency
      ? 'cli.currency.why.settings'
      : choice.amountsCurrency
        ? 'cli.currency.why.amounts'
        : 'cli.currency.why.locale',
  );
  return t(lang, 'cli.locale.chosen', {
    locale: report.locale,
    localeWhy,
    language: t(lang, `cli.language.${lang}`),
    languageWhy,
    currency: report.currency,
    currencyWhy,
  });
}
