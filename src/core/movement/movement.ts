// SPEC §1.7: what moved between the latest snapshot from an earlier day and the data now.
import { dayToIso, isoToDay } from '../days';
import { median } from '../engine/stats';
import { normalizeKey } from '../text';
import type { Day, Deal, Movement, MovementDeal } from '../types';
import type { KeyedDeals } from './dealKey';
import type { SnapshotRow, SnapshotRun } from './snapshot';

/** A stage's place in the stage order; null for a name not in it ("unordered"). */
export type StageRank = (stage: string) => number | null;

/**
 * What makes two stage names one stage: the same place in the stage order (`Proposal` and
 * `Proposal (Sales Pipeline)`, or a list's English and Polish name), else the same name.
 */
function stageIdentity(rank: StageRank): (stage: string) => string {
  return (stage) => {
    const place = rank(stage);
    return place === null ? `name:${normalizeKey(stage)}` : `place:${place}`;
  };
}

export interface MovementOptions {
  today: Day;
  rank: StageRank;
  minSample: number;
}

/** Days in a stage that count as stuck when too few deals tell the stage's usual time (SPEC §1.7). */
export const STUCK_FALLBACK_DAYS = 60;

/** Where a deal's current stay in a stage began, as the snapshots tell it. */
interface Stay {
  stageKey: string;
  /** The first snapshot that saw it in this stage; null while it is the first stage seen (count from created). */
  since: Day | null;
}

/** Replays every snapshot, oldest first, into each key's latest stay. */
function staysOf(runs: readonly SnapshotRun[], identity: (stage: string) => string): Map<string, Stay> {
  const stays = new Map<string, Stay>();
  for (const run of runs) {
    for (const row of run.rows) {
      const stageKey = identity(row.stage);
      const stay = stays.get(row.key);
      if (!stay) stays.set(row.key, { stageKey, since: null });
      else if (stay.stageKey !== stageKey) stays.set(row.key, { stageKey, since: run.day });
    }
  }
  return stays;
}

/**
 * Whole days the deal has been in its current stage: from its created date while its stage is the first
 * any snapshot saw it in, else from the first snapshot that saw it there (today, if none has yet).
 */
function daysInStage(deal: Deal, stageKey: string, stay: Stay | undefined, today: Day): number {
  if (!stay) return today - deal.created;
  if (stay.stageKey !== stageKey) return 0;
  return today - (stay.since ?? deal.created);
}

function listed(deal: Deal, days: number, previous: SnapshotRow | null): MovementDeal {
  return {
    row: deal.row,
    id: deal.id,
    name: deal.name,
    customer: deal.customer,
    stage: deal.stage,
    value: deal.value,
    owner: deal.owner,
    daysInStage: days,
    expectedClose: deal.expectedClose === null ? null : dayToIso(deal.expectedClose),
    previousExpectedClose:
      previous?.expectedClose === null || previous === null ? null : dayToIso(previous.expectedClose),
  };
}

/** Stages in stage order, then the unordered ones alphabetically. */
function byStageOrder(rank: StageRank): (a: string, b: string) => number {
  return (a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== null && rb !== null) return ra - rb;
    if (ra !== null || rb !== null) return ra !== null ? -1 : 1;
    return normalizeKey(a) < normalizeKey(b) ? -1 : normalizeKey(a) > normalizeKey(b) ? 1 : 0;
  };
}

/** The median time in each stage over the open deals there now, in stage order. */
function timeInStage(
  open: readonly OpenDeal[],
  rank: StageRank,
): Map<string, { stage: string; days: number[] }> {
  const byStage = new Map<string, { stage: string; days: number[] }>();
  for (const { deal, stageKey, days } of open) {
    let entry = byStage.get(stageKey);
    if (!entry) byStage.set(stageKey, (entry = { stage: deal.stage, days: [] }));
    entry.days.push(days);
  }
  const order = byStageOrder(rank);
  return new Map([...byStage].sort(([, a], [, b]) => order(a.stage, b.stage)));
}

interface OpenDeal {
  deal: Deal;
  key: string;
  stageKey: string;
  days: number;
}

/** Null when no snapshot is from a day before today (the first audit, or only audits of today so far). */
export function computeMovement(
  keyed: KeyedDeals,
  runs: readonly SnapshotRun[],
  options: MovementOptions,
): Movement | null {
  const { today, rank } = options;
  let since: SnapshotRun | null = null;
  for (const run of runs) if (run.day < today) since = run;
  if (since === null) return null;
  const identity = stageIdentity(rank);
  const stays = staysOf(runs, identity);

  const open: OpenDeal[] = [];
  for (const [key, deal] of keyed.byKey) {
    if (deal.outcome !== 'open') continue;
    const stageKey = identity(deal.stage);
    open.push({ deal, key, stageKey, days: daysInStage(deal, stageKey, stays.get(key), today) });
  }
  const stages = timeInStage(open, rank);
  const stuckAfter = new Map<string, number>();
  for (const [stageKey, { days }] of stages) {
    const usual = days.length >= options.minSample ? median(days) : null;
    stuckAfter.set(stageKey, usual === null ? STUCK_FALLBACK_DAYS : 2 * usual);
  }

  const movement: Movement = {
    since: since.at,
    compared: 0,
    won: 0,
    lost: 0,
    removed: 0,
    advanced: 0,
    movedBack: 0,
    changedStage: 0,
    unchanged: 0,
    slipped: 0,
    stuck: 0,
    newDeals: 0,
    reopened: 0,
    transitions: [],
    timeInStage: [...stages.values()].map(({ stage, days }) => ({
      stage,
      medianDays: median(days)!,
      deals: days.length,
    })),
    slippedDeals: [],
    stuckDeals: [],
  };
  const previousByKey = new Map<string, SnapshotRow>();
  for (const row of since.rows) if (!keyed.duplicateKeys.has(row.key)) previousByKey.set(row.key, row);
  movement.compared = previousByKey.size;

  const transitions = new Map<string, { from: string; to: string; deals: number }>();
  for (const key of previousByKey.keys()) {
    const deal = keyed.byKey.get(key);
    if (!deal) movement.removed++;
    else if (deal.outcome === 'won') movement.won++;
    else if (deal.outcome === 'lost') movement.lost++;
  }
  for (const { deal, key, stageKey, days } of open) {
    const previous = previousByKey.get(key);
    if (!previous) {
      if (deal.created >= since.day) movement.newDeals++;
      else movement.reopened++;
      continue;
    }
    const previousKey = identity(previous.stage);
    if (stageKey === previousKey) {
      movement.unchanged++;
      if (days > 0 && days >= stuckAfter.get(stageKey)!)
        movement.stuckDeals.push(listed(deal, days, previous));
    } else {
      const from = rank(previous.stage);
      const to = rank(deal.stage);
      if (from === null || to === null) movement.changedStage++;
      else if (to > from) movement.advanced++;
      else movement.movedBack++;
      const transitionKey = `${previousKey}\u0000${stageKey}`;
      const transition = transitions.get(transitionKey);
      if (transition) transition.deals++;
      else transitions.set(transitionKey, { from: previous.stage, to: deal.stage, deals: 1 });
    }
    if (
      deal.expectedClose !== null &&
      previous.expectedClose !== null &&
      deal.expectedClose > previous.expectedClose
    )
      movement.slippedDeals.push(listed(deal, days, previous));
  }
  const order = byStageOrder(rank);
  movement.transitions = [...transitions.values()].sort(
    (a, b) => b.deals - a.deals || order(a.from, b.from) || order(a.to, b.to),
  );
  movement.slippedDeals.sort(
    (a, b) => slipDays(b) - slipDays(a) || (b.value ?? 0) - (a.value ?? 0) || a.row - b.row,
  );
  movement.stuckDeals.sort((a, b) => b.daysInStage - a.daysInStage || a.row - b.row);
  movement.slipped = movement.slippedDeals.length;
  movement.stuck = movement.stuckDeals.length;
  return movement;
}

function slipDays(deal: MovementDeal): number {
  return isoToDay(deal.expectedClose!)! - isoToDay(deal.previousExpectedClose!)!;
}
