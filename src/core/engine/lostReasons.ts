// SPEC §1.7: why deals are lost — lost deals created in the period, grouped by the lost-reason column.
import { t } from '../i18n/catalog';
import { normalizeKey } from '../text';
import type { Deal, Lang, LostReasonRow } from '../types';

/**
 * The `reason` of the row folding the reasons after the top ten, and of the row of lost deals with a blank
 * reason. The JSON report keeps these stable English tokens whatever the audit's language (a program
 * reading it can rely on them); the audit tab and the sidebar show them through lostReasonLabel.
 */
export const OTHER_REASONS = '(other)';
export const NO_REASON = '(no reason given)';

const TOP_REASONS = 10;

/** A lost-reason row's reason as the audit shows it: the two group rows in the audit's language. */
export function lostReasonLabel(lang: Lang, reason: string): string {
  if (reason === OTHER_REASONS) return t(lang, 'engine.lostReason.other');
  if (reason === NO_REASON) return t(lang, 'engine.lostReason.none');
  return reason;
}

interface Tally {
  reason: string;
  deals: number;
  value: number | null;
}

function add(tally: Tally, deal: Deal): void {
  tally.deals += 1;
  if (deal.value !== null) tally.value = (tally.value ?? 0) + deal.value;
}

/** Most deals first; ties by value (none counts as 0), then by name. */
function byWeight(a: Tally, b: Tally): number {
  return b.deals - a.deals || (b.value ?? 0) - (a.value ?? 0) || a.reason.localeCompare(b.reason);
}

/**
 * `deals`: the deals created in the period. Reasons are trimmed and compared case- and accent-
 * insensitively, shown as first written. A group's value is null when none of its deals has one.
 */
export function lostReasons(deals: readonly Deal[]): LostReasonRow[] {
  const named = new Map<string, Tally>();
  const unnamed: Tally = { reason: NO_REASON, deals: 0, value: null };
  let lost = 0;
  for (const deal of deals) {
    if (deal.outcome !== 'lost') continue;
    lost += 1;
    const reason = deal.lostReason === null ? '' : deal.lostReason.trim();
    if (reason === '') {
      add(unnamed, deal);
      continue;
    }
    const key = normalizeKey(reason);
    let tally = named.get(key);
    if (!tally) {
      tally = { reason, deals: 0, value: null };
      named.set(key, tally);
    }
    add(tally, deal);
  }
  const sorted = [...named.values()].sort(byWeight);
  const shown = sorted.slice(0, TOP_REASONS);
  const rest = sorted.slice(TOP_REASONS);
  if (rest.length > 0) {
    const other: Tally = { reason: OTHER_REASONS, deals: 0, value: null };
    for (const tally of rest) {
      other.deals += tally.deals;
      if (tally.value !== null) other.value = (other.value ?? 0) + tally.value;
    }
    shown.push(other);
  }
  if (unnamed.deals > 0) shown.push(unnamed);
  return shown.map((tally) => ({
    reason: tally.reason,
    deals: tally.deals,
    share: tally.deals / lost,
    value: tally.value,
  }));
}
