// Which tab is which, found by name (SPEC §3): EN and PL names, CRM object names, and CSV files imported
// into Sheets under names like "hubspot-crm-exports-all-deals-2024".
import { normalizeHeader } from '../text';
import { TAB_KINDS, type Lang } from '../types';

export interface TabNames {
  deals: string | null;
  channels: string | null;
  customers: string | null;
  settings: string | null;
  history: string | null;
  snapshots: string | null;
}

/** The names the add-on gives the tabs it creates, per audit language. */
export const OWN_TAB_NAMES: Record<
  Lang,
  {
    audit: string;
    settings: string;
    history: string;
    snapshots: string;
    deals: string;
    channels: string;
    customers: string;
  }
> = {
  en: {
    audit: 'Sales Process Audit',
    settings: 'Audit settings',
    history: 'Audit history',
    snapshots: 'Audit snapshots',
    deals: 'Deals',
    channels: 'Channels',
    customers: 'Customers',
  },
  pl: {
    audit: 'Audyt procesu sprzedaży',
    settings: 'Ustawienia audytu',
    history: 'Historia audytów',
    snapshots: 'Migawki audytów',
    deals: 'Transakcje',
    channels: 'Kanały',
    customers: 'Klienci',
  },
};

type InputRole = 'deals' | 'channels' | 'customers';

const INPUT_TAB_NAMES: Record<InputRole, string[]> = {
  deals: [
    'Deals',
    'Transakcje',
    'Szanse sprzedaży',
    'Opportunities',
    'Pipeline',
    'Potentials',
    'Deal',
    'Opportunity',
    'Sprzedaż',
    'Lejek sprzedaży',
  ],
  channels: [
    'Channels',
    'Kanały',
    'Sources',
    'Źródła',
    'Marketing',
    'Campaigns',
    'Kampanie',
    'Channel costs',
  ],
  customers: [
    'Customers',
    'Klienci',
    'Accounts',
    'Clients',
    'Kontrahenci',
    'Companies',
    'Firmy',
    'Organizations',
  ],
};

const normalizedNames = (names: string[]) => names.map((name) => normalizeHeader(name));
const INPUT_KEYS = {
  deals: normalizedNames(INPUT_TAB_NAMES.deals),
  channels: normalizedNames(INPUT_TAB_NAMES.channels),
  customers: normalizedNames(INPUT_TAB_NAMES.customers),
};
const SETTINGS_KEYS = normalizedNames([OWN_TAB_NAMES.en.settings, OWN_TAB_NAMES.pl.settings]);
const HISTORY_KEYS = normalizedNames([OWN_TAB_NAMES.en.history, OWN_TAB_NAMES.pl.history]);
const SNAPSHOT_KEYS = normalizedNames([OWN_TAB_NAMES.en.snapshots, OWN_TAB_NAMES.pl.snapshots]);
/** The add-on's own tabs, also with the " (2)" it adds beside a user's tab of the same name: never inputs. */
const OWN_KEYS = normalizedNames([
  OWN_TAB_NAMES.en.audit,
  OWN_TAB_NAMES.pl.audit,
  OWN_TAB_NAMES.en.settings,
  OWN_TAB_NAMES.pl.settings,
  OWN_TAB_NAMES.en.history,
  OWN_TAB_NAMES.pl.history,
  OWN_TAB_NAMES.en.snapshots,
  OWN_TAB_NAMES.pl.snapshots,
]);

function isOwnTab(key: string): boolean {
  return OWN_KEYS.some((own) => key === own || new RegExp(`^${own} \\d+$`).test(key));
}

function containsWords(key: string, words: string): boolean {
  return ` ${key} `.includes(` ${words} `);
}

/**
 * Assigns each role the first tab whose name is one of the role's names (case, accents and punctuation
 * ignored); failing that, the first tab whose name contains one as whole words (`All deals 2024`).
 * A tab serves one role only; the audit tab is never an input.
 */
export function detectTabs(sheetNames: string[]): TabNames {
  const keys = sheetNames.map((name) => normalizeHeader(name));
  const taken = new Set<number>();
  const find = (matches: (key: string) => boolean): string | null => {
    const index = keys.findIndex((key, i) => !taken.has(i) && matches(key));
    if (index < 0) return null;
    taken.add(index);
    return sheetNames[index];
  };
  const result: TabNames = {
    deals: null,
    channels: null,
    customers: null,
    settings: find((key) => SETTINGS_KEYS.includes(key)),
    history: find((key) => HISTORY_KEYS.includes(key)),
    snapshots: find((key) => SNAPSHOT_KEYS.includes(key)),
  };
  for (const role of TAB_KINDS) {
    result[role] = find((key) => !isOwnTab(key) && INPUT_KEYS[role].includes(key));
  }
  for (const role of TAB_KINDS) {
    if (result[role] !== null) continue;
    result[role] = find((key) => !isOwnTab(key) && INPUT_KEYS[role].some((name) => containsWords(key, name)));
  }
  return result;
}
