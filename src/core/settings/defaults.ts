// The defaults of SPEC §2 and §3.4: what a spreadsheet without an `Audit settings` tab is audited with.
import type { MessageKey } from '../i18n/catalog';
import { normalizeHeader } from '../text';
import type { Band, Settings } from '../types';

/** Canonical customer statuses that get a contact cadence out of the box (SPEC §3.4). */
export const CANONICAL_STATUSES = ['key', 'active', 'new', 'at risk', 'dormant'] as const;
export type CanonicalStatus = (typeof CANONICAL_STATUSES)[number];

/** How the settings tab and the sidebar name each canonical status, in the audit's language. */
export const STATUS_LABEL: Record<CanonicalStatus, MessageKey> = {
  key: 'settings.status.key',
  active: 'settings.status.active',
  new: 'settings.status.new',
  'at risk': 'settings.status.atRisk',
  dormant: 'settings.status.dormant',
};

const DEFAULT_CADENCE: Record<CanonicalStatus, number> = {
  key: 30,
  active: 60,
  new: 14,
  'at risk': 30,
  dormant: 90,
};

/**
 * Status names users and CRMs write for the canonical statuses, in the form normalizeHeader gives
 * (lower case, no accents, no punctuation), EN and PL incl. the Polish plural and feminine forms.
 */
const STATUS_SYNONYMS: Record<CanonicalStatus, string[]> = {
  key: [
    'key',
    'key account',
    'key customer',
    'vip',
    'strategic',
    'kluczowy',
    'kluczowa',
    'kluczowi',
    'strategiczny',
  ],
  active: ['active', 'regular', 'current', 'aktywny', 'aktywna', 'aktywni', 'staly', 'stala', 'stali'],
  new: ['new', 'new customer', 'onboarding', 'nowy', 'nowa', 'nowi', 'nowy klient'],
  'at risk': ['at risk', 'churn risk', 'zagrozony', 'zagrozona', 'zagrozeni', 'ryzyko odejscia'],
  dormant: ['dormant', 'inactive', 'lapsed', 'uspiony', 'uspiona', 'uspieni', 'nieaktywny', 'nieaktywna'],
};

const CANONICAL_BY_SYNONYM = new Map<string, CanonicalStatus>(
  CANONICAL_STATUSES.flatMap((status) => STATUS_SYNONYMS[status].map((name) => [name, status] as const)),
);

/**
 * Returns the cadence lookup for a settings object. A status gets the cadence written for exactly that
 * status first (a user may add `Gold = 45` or override `VIP` apart from `Key`), else the cadence of the
 * canonical status it is a synonym of, else none (SPEC §3.4: unknown statuses get none).
 */
export function cadenceLookup(settings: Pick<Settings, 'cadence'>): (statusKey: string) => number | null {
  const byName = new Map<string, number>();
  for (const [status, days] of Object.entries(settings.cadence)) byName.set(normalizeHeader(status), days);
  const memo = new Map<string, number | null>();
  return (statusKey) => {
    let days = memo.get(statusKey);
    if (days === undefined) {
      const name = normalizeHeader(statusKey);
      const canonical = CANONICAL_BY_SYNONYM.get(name);
      days = byName.get(name) ?? (canonical === undefined ? undefined : byName.get(canonical)) ?? null;
      memo.set(statusKey, days);
    }
    return days;
  };
}

/** One-off form of cadenceLookup; use cadenceLookup when looking up many customers. */
export function cadenceFor(statusKey: string, settings: Pick<Settings, 'cadence'>): number | null {
  return cadenceLookup(settings)(statusKey);
}

const higher = (green: number, amber: number): Band => ({ direction: 'higher', green, amber });
const lower = (green: number, amber: number): Band => ({ direction: 'lower', green, amber });

/** SPEC §2. Ratios are fractions; days are whole days, so "≤ 7 green, 8–14 amber" is green 7 / amber 14. */
const DEFAULT_BANDS = {
  'conversations.winRate': higher(0.25, 0.15),
  'acquisition.ltvToCac': higher(3, 1),
  'channel.ltvToCac': higher(3, 1),
  'conversations.staleOpenShare': lower(0.1, 0.25),
  'aftersales.followUpRate': higher(0.8, 0.5),
  'aftersales.medianDaysToFollowUp': lower(7, 14),
  'aftersales.csat': higher(0.8, 0.6),
  'aftersales.nps': higher(30, 0),
  'aftersales.repeatRate': higher(0.3, 0.15),
  'aftersales.firstLineCoverage': higher(0.95, 0.7),
  'relationships.overdueShare': lower(0.1, 0.3),
  'relationships.dormantShare': lower(0.2, 0.4),
  'relationships.expansionShare': higher(0.2, 0.1),
} satisfies Record<string, Band>;

export type RatedMetricId = keyof typeof DEFAULT_BANDS;
export const RATED_METRIC_IDS = Object.keys(DEFAULT_BANDS) as RatedMetricId[];

/** Rated metrics measured in plain numbers (multiples, NPS points, days); every other band is a fraction. */
const NON_RATIO_METRICS = new Set<string>([
  'acquisition.ltvToCac',
  'channel.ltvToCac',
  'aftersales.nps',
  'aftersales.medianDaysToFollowUp',
]);

/** Whether a rated metric's band is a fraction, written and typed as percent. Targets are plain numbers. */
export function isRatioBand(metricId: string): boolean {
  return metricId in DEFAULT_BANDS && !NON_RATIO_METRICS.has(metricId);
}

const EURO_REGIONS = new Set('AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK'.split(' '));
const CURRENCY_BY_REGION: Record<string, string> = { PL: 'PLN', GB: 'GBP', CH: 'CHF', CZ: 'CZK', SE: 'SEK' };

/** The currency a spreadsheet in `locale` most likely counts in: pl → PLN, en-GB → GBP, euro area → EUR, else USD. */
export function defaultCurrency(locale = 'en-US'): string {
  const [language, region = ''] = locale.replace('_', '-').split('-');
  const upperRegion = region.toUpperCase();
  if (language.toLowerCase() === 'pl') return 'PLN';
  if (EURO_REGIONS.has(upperRegion)) return 'EUR';
  return CURRENCY_BY_REGION[upperRegion] ?? 'USD';
}

/** `currency`: the one the data's amounts carry, when known (the runner reads it from the file). */
export function defaultSettings(locale?: string, currency?: string): Settings {
  const bands: Record<string, Band> = {};
  for (const id of RATED_METRIC_IDS) bands[id] = { ...DEFAULT_BANDS[id] };
  return {
    language: 'auto',
    currency: currency ?? defaultCurrency(locale),
    period: { kind: 'all' },
    marginPct: 100,
    minSample: 5,
    dormantAfterDays: 180,
    cadence: { ...DEFAULT_CADENCE },
    bands,
    targets: {},
    mapping: { deals: {}, channels: {}, customers: {} },
    stageOutcomes: {},
    stageOrder: [],
    monthlyTarget: null,
    answers: {},
  };
}
