// Words a user may type into the settings tab (either language), and the optional targets it offers.
import { classifyStage } from '../input/dealVocabulary';
import { normalizeHeader } from '../text';
import type { Answer, Band, Outcome, Settings } from '../types';

/** Questionnaire notes longer than this are cut in the tab and refused from the sidebar. */
export const MAX_NOTE_LENGTH = 1000;

/**
 * Metrics without a universal benchmark that a user may set a target for (SPEC §2), with the direction
 * that is better and whether the value is a fraction (typed as percent).
 */
export const TARGET_METRICS: Record<string, { direction: Band['direction']; ratio: boolean }> = {
  'acquisition.leadToWinRate': { direction: 'higher', ratio: true },
  'acquisition.blendedCac': { direction: 'lower', ratio: false },
  'conversations.avgDaysToWin': { direction: 'lower', ratio: false },
  'conversations.avgConversationsPerWin': { direction: 'lower', ratio: false },
  'conversations.conversationsPerWin': { direction: 'lower', ratio: false },
  'conversations.avgDealValue': { direction: 'higher', ratio: false },
  'conversations.avgClv': { direction: 'higher', ratio: false },
  'conversations.salesVelocity': { direction: 'higher', ratio: false },
};

const LANGUAGES: Record<string, Settings['language']> = {
  auto: 'auto',
  automatic: 'auto',
  automatyczny: 'auto',
  en: 'en',
  english: 'en',
  angielski: 'en',
  pl: 'pl',
  polish: 'pl',
  polski: 'pl',
};

export function readLanguage(text: string): Settings['language'] | null {
  return LANGUAGES[normalizeHeader(text)] ?? null;
}

const ANSWERS: Record<string, Answer> = {
  yes: 'yes',
  y: 'yes',
  tak: 'yes',
  true: 'yes',
  partly: 'partly',
  partially: 'partly',
  partial: 'partly',
  czesciowo: 'partly',
  no: 'no',
  n: 'no',
  nie: 'no',
  false: 'no',
  na: 'na',
  'n a': 'na',
  'not applicable': 'na',
  'nie dotyczy': 'na',
  nd: 'na',
  'n d': 'na',
};

/** Yes / Partly / No / Not applicable in English or Polish (also `N/A`, `nd.`); null when not one. */
export function readAnswer(text: string): Answer | null {
  return ANSWERS[normalizeHeader(text)] ?? null;
}

const OPEN_WORDS = new Set(['open', 'otwarta', 'otwarty', 'otwarte', 'w toku', 'in progress']);

/** Won / Lost / Open in English or Polish, or any won or lost stage name the input reader knows. */
export function readOutcome(text: string): Outcome | null {
  const name = normalizeHeader(text);
  if (name === '') return null;
  if (OPEN_WORDS.has(name)) return 'open';
  const outcome = classifyStage(text, {});
  return outcome === 'open' ? null : outcome;
}
