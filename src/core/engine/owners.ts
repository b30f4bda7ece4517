// The per-salesperson table of SPEC §1.2, with flags for who needs coaching on what.
import { t } from '../i18n/catalog';
import { normalizeKey } from '../text';
import type { Deal, OwnerRow, TableScore } from '../types';
import { daysToClose } from './conversations';
import { hasColumn, type Env } from './metric';
import { tableScore } from './scoring';
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

export interface OwnersResult {
  rows: OwnerRow[];
  /**
   * The salespeople table as one item of the area score (SPEC §2): the share of named salespeople with
   * at least minSample closed deals who carry no flag, × 100; unrated when nobody qualifies.
   */
  table: TableScore;
}

/** SPEC §1.2: a salesperson winning under 0.6 × the team's win rate is flagged. */
export function isLowWinRate(winRate: number | null, teamWinRate: number | null): boolean {
  return winRate !== null && teamWinRate !== null && winRate < 0.6 * teamWinRate;
}

export function owners(
  env: Env,
  deals: readonly Deal[],
  team: { winRate: number | null; avgDaysToWin: number | null },
): OwnersResult {
  if (!hasColumn(env, { tab: 'deals', field: 'owner' }))
    return { rows: [], table: tableScore('owners', null) };
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
  let qualified = 0;
  let unflagged = 0;
  for (const [key, tally] of tallies) {
    const winRate = safeRatio(tally.won, tally.won + tally.lost);
    const avgDaysToWin = mean(tally.daysToWin);
    const flags: string[] = [];
    // Coaching advice is for a salesperson: the row of unassigned deals gets none.
    const qualifies = key !== NO_OWNER && tally.won + tally.lost >= settings.minSample;
    if (qualifies) {
      if (isLowWinRate(winRate, team.winRate)) {
        flags.push(
          t(lang, 'engine.owner.lowWinRate', {
            rate: num.percent(winRate ?? 0),
            team: num.percent(team.winRate ?? 0),
          }),
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
      qualified += 1;
      if (flags.length === 0) unflagged += 1;
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
  rows.sort((a, b) => b.deals - a.deals || a.owner.localeCompare(b.owner));
  const points = safeRatio(unflagged * 100, qualified);
  return { rows, table: tableScore('owners', points) };
}
