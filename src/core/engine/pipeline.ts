// SPEC §1.7: every open deal by its current stage, in stage order — what is in the pipeline and where it waits.
import { normalizeKey } from '../text';
import type { Day, Deal, PipelineRow } from '../types';
import { stageOrder, type StageOrder } from './stageOrder';
import { median } from './stats';

export interface PipelineResult {
  rows: PipelineRow[];
  order: StageOrder;
}

interface StageTally {
  stage: string;
  deals: number;
  value: number | null;
  ages: number[];
}

/**
 * `deals`: all deals, whatever the period (the pipeline is what is open today). Stage names that differ
 * only in case, accents or spacing are one stage, shown as first written. A stage's value is null when
 * none of its deals has one.
 */
export function pipeline(
  deals: readonly Deal[],
  today: Day,
  settingsOrder: readonly string[],
): PipelineResult {
  const tallies = new Map<string, StageTally>();
  for (const deal of deals) {
    if (deal.outcome !== 'open') continue;
    const key = normalizeKey(deal.stage);
    let tally = tallies.get(key);
    if (!tally) {
      tally = { stage: deal.stage, deals: 0, value: null, ages: [] };
      tallies.set(key, tally);
    }
    tally.deals += 1;
    if (deal.value !== null) tally.value = (tally.value ?? 0) + deal.value;
    tally.ages.push(today - deal.created);
  }
  const byStage = new Map<string, StageTally>();
  for (const tally of tallies.values()) byStage.set(tally.stage, tally);
  const order = stageOrder([...byStage.keys()], settingsOrder);
  const rows = [...order.ordered, ...order.unordered].map((stage): PipelineRow => {
    const tally = byStage.get(stage) as StageTally;
    return {
      stage,
      deals: tally.deals,
      value: tally.value,
      medianAgeDays: median(tally.ages) as number,
    };
  });
  return { rows, order };
}

/** The stage whose open deals have waited longest (median age), with at least `minDeals` deals; null if none. */
export function longestWaitingStage(rows: readonly PipelineRow[], minDeals: number): PipelineRow | null {
  let longest: PipelineRow | null = null;
  for (const row of rows) {
    if (row.deals < minDeals) continue;
    if (longest === null || row.medianAgeDays > longest.medianAgeDays) longest = row;
  }
  return longest;
}
