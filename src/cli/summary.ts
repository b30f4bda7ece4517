// The lines printed after a run (SPEC §5): overall and area ratings with what pulls each area down, the
// actions of §1.6, and the data issues by code; every figure in them is written by the core's figure rules.
import { figureText, scoreText as score } from '../core/figures';
import { t } from '../core/i18n/catalog';
import type { AuditReport, Rating } from '../core/types';
import { attentionLine, issueCounts, issueTotalText } from '../core/verdictText';

const ANSI: Record<Rating, string> = {
  green: '\u001b[42;30m',
  amber: '\u001b[43;30m',
  red: '\u001b[41;97m',
  insufficient: '\u001b[47;30m',
  nodata: '\u001b[47;30m',
  unrated: '\u001b[47;30m',
};
const RESET = '\u001b[0m';

function badge(rating: Rating, text: string, color: boolean): string {
  return color ? `${ANSI[rating]} ${text} ${RESET}` : `[${text}]`;
}

export function formatSummary(report: AuditReport, color: boolean): string {
  const lang = report.language;
  const lines = [
    t(lang, 'cli.summary.overall', {
      score: score(report.overall.score),
      rating: badge(report.overall.rating, t(lang, `rating.${report.overall.rating}`), color),
    }),
  ];
  for (const area of report.areas) {
    const rating = badge(area.rating, t(lang, `rating.${area.rating}`), color);
    lines.push(`  ${t(lang, `area.${area.id}`).padEnd(34)} ${score(area.score).padStart(3)}  ${rating}`);
    const attention = attentionLine(area, report);
    if (attention) lines.push(`      ${attention}`);
  }
  lines.push('', report.actions.length ? `${t(lang, 'verdict.actions')}:` : t(lang, 'verdict.noActions'));
  const context = { lang, locale: report.locale, currency: report.currency };
  report.actions.forEach((action, i) => {
    // The money at stake as the audit tab and the sidebar show it beside the action.
    const stake = action.impact.value;
    const atStake =
      stake === null
        ? ''
        : ` — ${t(lang, 'verdict.atStake', { value: figureText(stake, 'currency', context) })}`;
    lines.push(
      `  ${i + 1}. ${badge(action.rating, t(lang, `rating.${action.rating}`), color)} ${action.text}${atStake}`,
    );
  });
  lines.push('', issuesLine(report));
  return lines.join('\n');
}

/** "3 data issues: Unreadable date 2, Column not found 1". */
function issuesLine(report: AuditReport): string {
  const lang = report.language;
  const counts = issueCounts(report);
  const total = issueTotalText(report.issues.length, lang);
  if (counts.length === 0) return total;
  return `${total}: ${counts.map(({ code, count }) => `${t(lang, `tab.issue.${code}`)} ${count}`).join(', ')}`;
}
