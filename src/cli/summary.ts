// The few lines printed after a run: overall and area ratings, the worst findings, where the files are.
import { scoreText as score } from '../core/figures';
import { t } from '../core/i18n/catalog';
import type { AuditReport, MetricResult, Rating } from '../core/types';

const ANSI: Record<Rating, string> = {
  green: '\u001b[42;30m',
  amber: '\u001b[43;30m',
  red: '\u001b[41;97m',
  insufficient: '\u001b[47;30m',
  nodata: '\u001b[47;30m',
  unrated: '\u001b[47;30m',
};
const RESET = '\u001b[0m';
const SEVERITY: Partial<Record<Rating, number>> = { red: 0, amber: 1 };

function badge(rating: Rating, text: string, color: boolean): string {
  return color ? `${ANSI[rating]} ${text} ${RESET}` : `[${text}]`;
}

/** The red metrics first, then amber, in report order: the three notes worth reading first. */
export function topFindings(report: AuditReport, count = 3): MetricResult[] {
  return report.areas
    .flatMap((area) => area.metrics)
    .filter((metric) => SEVERITY[metric.rating] !== undefined && metric.note)
    .sort((a, b) => SEVERITY[a.rating]! - SEVERITY[b.rating]!)
    .slice(0, count);
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
  }
  const findings = topFindings(report);
  lines.push('', findings.length ? t(lang, 'cli.summary.findings') : t(lang, 'cli.summary.noFindings'));
  for (const metric of findings)
    lines.push(`  ${badge(metric.rating, t(lang, `rating.${metric.rating}`), color)} ${metric.note}`);
  return lines.join('\n');
}
