// The counts of SPEC §1.7 `movement`, in the order the audit tab and the sidebar both show them.
import type { Movement } from '../types';

export type MovementFigure = Exclude<
  keyof Movement,
  'since' | 'transitions' | 'timeInStage' | 'slippedDeals' | 'stuckDeals'
>;

/** The figures in reading order: where the compared deals went, then what came in. */
export const MOVEMENT_FIGURES: readonly MovementFigure[] = [
  'compared',
  'won',
  'lost',
  'removed',
  'advanced',
  'movedBack',
  'changedStage',
  'unchanged',
  'slipped',
  'stuck',
  'newDeals',
  'reopened',
];
