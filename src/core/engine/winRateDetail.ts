// The win rate's finding and advice from the data itself (SPEC §1.7): the most common reason deals are lost
// and the stage where open deals wait longest, in place of generic advice.
import { t } from '../i18n/catalog';
import type { LostReasonRow, PipelineRow } from '../types';
import { NO_REASON, OTHER_REASONS } from './lostReasons';
import type { Env } from './metric';
import { longestWaitingStage } from './pipeline';
import { quoted } from '../cells/writing';

export interface WinRateDetail {
  /** Appended to the finding; '' when the data names nothing. */
  detail: string;
  /** Advice naming what to work on; null leaves the catalog's generic advice. */
  advice: string | null;
}

export function winRateDetail(
  env: Pick<Env, 'lang' | 'num' | 'settings'>,
  reasons: readonly LostReasonRow[] | null,
  stages: readonly PipelineRow[],
): WinRateDetail {
  const { lang, num } = env;
  const top = reasons?.find((row) => row.reason !== NO_REASON && row.reason !== OTHER_REASONS) ?? null;
  const lost = reasons ? reasons.reduce((sum, row) => sum + row.deals, 0) : 0;
  // A stage of one or two deals says little about where deals wait: as for every figure, minSample.
  const slowest = longestWaitingStage(stages, env.settings.minSample);
  let detail = '';
  if (top) {
    detail += t(lang, 'engine.winRate.topReason', {
      reason: quoted(top.reason),
      deals: num.count(top.deals),
      lost: num.count(lost),
    });
  }
  if (slowest) {
    detail += t(lang, 'verdict.slowestStage', {
      stage: quoted(slowest.stage),
      days: num.days(slowest.medianAgeDays),
    });
  }
  let advice: string | null = null;
  if (top && slowest) {
    advice = t(lang, 'engine.advice.winRate.both', {
      reason: quoted(top.reason),
      stage: quoted(slowest.stage),
    });
  } else if (top) {
    advice = t(lang, 'engine.advice.winRate.reason', { reason: quoted(top.reason) });
  } else if (slowest) {
    advice = t(lang, 'engine.advice.winRate.stage', { stage: quoted(slowest.stage) });
  }
  return { detail, advice };
}
