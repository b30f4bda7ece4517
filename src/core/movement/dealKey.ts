// SPEC §1.7: the key that finds a deal again in the next audit. The ID column when the deal has an ID;
// otherwise its name, customer and created date together. A key two rows share cannot tell them apart,
// so those rows are left out of the snapshots and the movement.
import { dayToIso } from '../days';
import { t } from '../i18n/catalog';
import { normalizeKey } from '../text';
import type { DataIssue, Deal, Lang } from '../types';
import { quoted } from '../cells/writing';

/** Null when the deal has neither an ID nor a name or customer: its created date alone names no deal. */
export function dealKey(deal: Deal): string | null {
  if (deal.id !== null) return `id:${normalizeKey(deal.id)}`;
  if (deal.name === null && deal.customer === null) return null;
  const name = deal.name === null ? '' : normalizeKey(deal.name);
  return `deal:${name}|${deal.customerKey ?? ''}|${dayToIso(deal.created)}`;
}

export interface KeyedDeals {
  /** Each key held by exactly one deal. */
  byKey: Map<string, Deal>;
  /** Keys two or more deals share: those deals are in neither the snapshot nor the movement. */
  duplicateKeys: Set<string>;
  /** Deals without a key. */
  unkeyed: number;
  issues: DataIssue[];
}

export interface KeyContext {
  lang: Lang;
  /** The Deals tab's name as the user sees it. */
  tab: string;
  /** The header of the ID column, for the issue's column; null without one. */
  idColumn: string | null;
}

/** How a key reads in a message: the ID, or the name / customer / created date as the tab shows them. */
function keyText(deal: Deal): string {
  if (deal.id !== null) return deal.id;
  return [deal.name, deal.customer, dayToIso(deal.created)].filter((part) => part !== null).join(' · ');
}

export function keyDeals(deals: readonly Deal[], context: KeyContext): KeyedDeals {
  const byKey = new Map<string, Deal>();
  const firstRow = new Map<string, number>();
  const duplicateKeys = new Set<string>();
  const issues: DataIssue[] = [];
  let unkeyed = 0;
  for (const deal of deals) {
    const key = dealKey(deal);
    if (key === null) {
      unkeyed++;
      continue;
    }
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, deal.row);
      byKey.set(key, deal);
      continue;
    }
    duplicateKeys.add(key);
    byKey.delete(key);
    issues.push({
      tab: context.tab,
      row: deal.row,
      column: deal.id !== null ? context.idColumn : null,
      code: 'duplicate_deal_key',
      message: t(context.lang, 'movement.issue.duplicateKey', { key: quoted(keyText(deal)), first }),
    });
  }
  if (unkeyed > 0) {
    issues.push({
      tab: context.tab,
      row: null,
      column: null,
      code: 'no_deal_key',
      message: t(context.lang, 'movement.issue.noKey', { n: unkeyed }),
    });
  }
  return { byKey, duplicateKeys, unkeyed, issues };
}
