// The one message catalog (SPEC §6). Each domain keeps its texts in messages/<domain>.ts;
// the type below makes a missing Polish text a compile error.
import type { Lang } from '../types';
import { render, type Message, type Params } from './format';
import * as actions from './messages/actions';
import * as addon from './messages/addon';
import * as auditTab from './messages/auditTab';
import * as charts from './messages/charts';
import * as cli from './messages/cli';
import * as common from './messages/common';
import * as engine from './messages/engine';
import * as figures from './messages/figures';
import * as input from './messages/input';
import * as movement from './messages/movement';
import * as schedule from './messages/schedule';
import * as sample from './messages/sample';
import * as settings from './messages/settings';
import * as sidebar from './messages/sidebar';
import * as tables from './messages/tables';
import * as verdict from './messages/verdict';

const catalogs = {
  en: {
    ...common.en,
    ...addon.en,
    ...auditTab.en,
    ...charts.en,
    ...engine.en,
    ...actions.en,
    ...figures.en,
    ...cli.en,
    ...sample.en,
    ...settings.en,
    ...input.en,
    ...sidebar.en,
    ...verdict.en,
    ...movement.en,
    ...schedule.en,
    ...tables.en,
  },
  pl: {
    ...common.pl,
    ...addon.pl,
    ...auditTab.pl,
    ...charts.pl,
    ...engine.pl,
    ...actions.pl,
    ...figures.pl,
    ...cli.pl,
    ...sample.pl,
    ...settings.pl,
    ...input.pl,
    ...sidebar.pl,
    ...verdict.pl,
    ...movement.pl,
    ...schedule.pl,
    ...tables.pl,
  },
} satisfies Record<Lang, Record<string, Message>>;

export type MessageKey = keyof typeof catalogs.en;

/** Whether the catalog has a text for a key built at run time, e.g. `metric.${id}`. */
export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalogs.en, key);
}

export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  return render(catalogs[lang][key], params, lang);
}

/** Picks the audit language: the setting when it names one, else the spreadsheet's locale. */
export function resolveLanguage(setting: 'auto' | Lang | undefined, locale: string | undefined): Lang {
  if (setting === 'en' || setting === 'pl') return setting;
  return /^pl\b/i.test(locale ?? '') ? 'pl' : 'en';
}
