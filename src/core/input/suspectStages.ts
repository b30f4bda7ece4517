// SPEC §3.1: an open stage name that looks like a misspelt won or lost name (`wygrna`, `Clsoed Won`) stays
// open — guessing could turn a real stage into sales — but is reported once, with how to map it.
import { normalizeKey } from '../text';
import type { Outcome } from '../types';
import { outcomeSynonyms, stageNameKey } from './dealVocabulary';

/** Edits (insert, delete, substitute, swap two neighbours) that still count as a misspelling. */
const MAX_DISTANCE = 2;
/** Shorter synonyms (won, lost, win) are a couple of letters from too many real words. */
const MIN_SYNONYM_LETTERS = 5;

/**
 * Real open stages within two edits of a synonym: never suspect. Polish "Wysłana" (offer sent) is two
 * letters from "wygrana", "Realizowane" (in progress) one from "zrealizowane" (done).
 */
const KNOWN_OPEN = new Set(
  ['wysłana', 'wysłane', 'realizowana', 'realizowane', 'realizowany', 'sprzedawane', 'selected'].map(
    stageNameKey,
  ),
);

const letters = (name: string): number => name.replace(/ /g, '').length;

const CANDIDATES = outcomeSynonyms().filter((synonym) => letters(synonym.name) >= MIN_SYNONYM_LETTERS);

/**
 * Damerau–Levenshtein distance in its optimal-string-alignment form (each swap of neighbours is one edit;
 * enough for typing slips), capped at `max + 1`. Texts whose lengths differ by more than `max` are not
 * compared, so a long cell costs nothing: the synonyms are short.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, beforePrevious[j - 2] + 1);
      }
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length], max + 1);
}

export interface SuspectStage {
  /** The stage as first written. */
  stage: string;
  /** The won or lost name it resembles, in its normalized form. */
  resembles: string;
  outcome: 'won' | 'lost';
}

/**
 * The won or lost name an open stage name resembles, or null. `overrides` (Settings.stageOutcomes): a stage
 * the user has mapped (even as open) is their decision and never suspect.
 */
export function suspectStage(stage: string, overrides: Record<string, Outcome>): SuspectStage | null {
  if (overrides[normalizeKey(stage)] !== undefined) return null;
  const name = stageNameKey(stage);
  if (KNOWN_OPEN.has(name)) return null;
  let best: SuspectStage | null = null;
  let bestDistance = MAX_DISTANCE + 1;
  for (const candidate of CANDIDATES) {
    const distance = editDistance(name, candidate.name, MAX_DISTANCE);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { stage, resembles: candidate.name, outcome: candidate.outcome };
    }
  }
  return best;
}
