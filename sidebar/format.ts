// Display formatting of report figures in the sidebar: every number goes through the core's figure rules,
// the same ones the audit tab's number formats come from, so both show it with the same rounding.
import { figureText, scoreText, type FigureContext } from '../src/core/figures';
import { t } from '../src/core/i18n/catalog';
import type { SidebarState } from '../src/core/server-api';
import type { Lang, Unit } from '../src/core/types';

export type FormatContext = FigureContext;

export function formatValue(value: number | null | undefined, unit: Unit, context: FormatContext): string {
  return figureText(value, unit, context);
}

/** Scores are 0–100; a whole number is all the precision a reader needs. */
export function formatScore(score: number | null, lang: Lang): string {
  return score === null
    ? t(lang, 'sidebar.audit.noScore')
    : t(lang, 'sidebar.audit.score', { score: scoreText(score) });
}

/** The ▲/▼ line of a score against the previous one; null when there is nothing to compare. */
export function formatTrend(
  current: number | null,
  previous: number | null | undefined,
  lang: Lang,
): string | null {
  if (current === null || previous === null || previous === undefined) return null;
  const delta = Math.round(current) - Math.round(previous);
  if (delta > 0) return t(lang, 'sidebar.audit.trendUp', { delta });
  if (delta < 0) return t(lang, 'sidebar.audit.trendDown', { delta: -delta });
  return t(lang, 'sidebar.audit.trendSame');
}

/** A metric against its value in the previous audit, the previous value written in the metric's unit. */
export function formatChange(
  value: number | null,
  previous: number | null | undefined,
  unit: Unit,
  context: FormatContext,
): string | null {
  if (value === null || previous === null || previous === undefined) return null;
  const shown = formatValue(previous, unit, context);
  // Compare what the reader sees, so 21.04% against 21.01% is not called a rise.
  if (formatValue(value, unit, context) === shown) return t(context.lang, 'sidebar.audit.changeSame');
  return t(context.lang, value > previous ? 'sidebar.audit.changeUp' : 'sidebar.audit.changeDown', {
    previous: shown,
  });
}

export function formatContextOf(state: SidebarState): FormatContext {
  return {
    lang: state.language,
    locale: state.report?.locale ?? state.language,
    currency: state.report?.currency ?? state.settings.currency,
  };
}
