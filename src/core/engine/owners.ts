// The per-salesperson table of SPEC §1.2, with flags for who needs coaching on what.
import { t } from '../i18n/catalog';
import { normalizeKey } from '../text';
import type { Deal, OwnerRow } from '../types';
import { daysToClose } from './conversations';
import { hasColumn, type Env } from './metric';
import { mean, safeRatio } from './stats';

interface OwnerTally {
  name: string;
  deals: number;
  won: number;
  lost: number;
  /** Σ conversation counts; null while none of the owner's deals has one. */
  conversations: number | null;
  daysToWin: number[];
  values: number[];
}

const NO_OWNER = '';

export function owners(
  env: Env,
  deals: readonly Deal[],
  team: { winRate: number | null; avgDaysToWin: number | null },
): OwnerRow[] {
  if (!hasColumn(env, { tab: 'deals', field: 'owner' })) return [];
  const { lang, num, settings } = env;
  const tallies = new Map<string, OwnerTally>();
  const keyOf = new Map<string, string>();
  for (const deal of deals) {
    let key = deal.owner === null ? NO_OWNER : keyOf.get(deal.owner);
    if (key === undefined) {
      key = normalizeKey(deal.owner ?? '');
      keyOf.set(deal.owner ?? '', key);
    }
    let tally = tallies.get(key);
    if (!tally) {
      tally = {
        name: deal.owner ?? t(lang, 'engine.owner.none'),
        deals: 0,
        won: 0,
        lost: 0,
        conversations: null,
        daysToWin: [],
        values: [],
      };
      tallies.set(key, tally);
    }
    tally.deals += 1;
    if (deal.conversations !== null) tally.conversations = (tally.conversations ?? 0) + deal.conversations;
    if (deal.outcome === 'lost') tally.lost += 1;
    if (deal.outcome !== 'won') continue;
    tally.won += 1;
    const days = daysToClose(deal);
    if (days !== null) tally.daysToWin.push(days);
    if (deal.value !== null) tally.values.push(deal.value);
  }

  const rows: OwnerRow[] = [];
  for (const [key, tally] of tallies) {
    const winRate = safeRatio(tally.won, tally.won + tally.lost);
    const avgDaysToWin = mean(tally.daysToWin);
    const flags: string[] = [];
    // Coaching advice is for a salesperson: the row of unassigned deals gets none.
    if (key !== NO_OWNER && tally.won + tally.lost >= settings.minSample) {
      if (winRate !== null && team.winRate !== null && winRate < 0.6 * team.winRate) {
        flags.push(
          t(lang, 'engine.owner.lowWinRate', { rate: num.percent(winRate), team: num.percent(team.winRate) }),
        );
      }
      if (avgDaysToWin !== null && team.avgDaysToWin !== null && avgDaysToWin > 1.5 * team.avgDaysToWin) {
        flags.push(
          t(lang, 'engine.owner.slowWins', {
            days: num.days(avgDaysToWin),
            team: num.days(team.avgDaysToWin),
          }),
        );
      }
    }
    rows.push({
      owner: tally.name,
      deals: tally.deals,
      won: tally.won,
      lost: tally.lost,
      winRate,
      avgDaysToWin,
      conversationsPerWin: tally.conversations === null ? null : safeRatio(tally.conversations, tally.won),
      avgDealValue: mean(tally.values),
      flags,
    });
  }
  return rows.sort((a, b) => b.deals - a.deals || a.owner.localeCompare(b.owner));
}
