// The verdict as every view words it (SPEC §2, §1.6): the items that pull an area down, named as the user
// knows them, and the data issues counted by code. The audit tab, the sidebar and the console share these.
import { pullingDown } from './engine/pullingDown';
import { hasMessage, t } from './i18n/catalog';
import type { AreaResult, AttentionItem, AuditReport, IssueCode, Lang } from './types';
import { quoted } from './cells/writing';

/** How many attention items a card names before "and N more". */
export const ATTENTION_SHOWN = 3;

function attentionName(item: AttentionItem, area: AreaResult, lang: Lang): string {
  switch (item.kind) {
    case 'metric': {
      const key = `metric.${item.subject}`;
      return hasMessage(key) ? t(lang, key) : item.subject;
    }
    case 'question':
      return area.questions.find((question) => question.id === item.subject)?.text ?? item.subject;
    case 'channel':
    case 'owner':
      return quoted(item.subject);
  }
}

/**
 * "Pulls it down: Cold calling, Piotr, Win rate and 2 more": the area's attention items (SPEC §2), else the
 * one item that pulls it down most; null when nothing does.
 */
export function attentionLine(
  area: AreaResult,
  report: Pick<AuditReport, 'channels' | 'language'>,
): string | null {
  const lang = report.language;
  const lowest = pullingDown(area, report.channels);
  const items = area.attention.length > 0 ? area.attention : lowest ? [lowest] : [];
  if (items.length === 0) return null;
  const names = items
    .slice(0, ATTENTION_SHOWN)
    .map((item) => attentionName(item, area, lang))
    .join(', ');
  const left = items.length - ATTENTION_SHOWN;
  return t(lang, 'verdict.attention', {
    names: left > 0 ? t(lang, 'verdict.attention.more', { names, n: left }) : names,
  });
}

/** Data issues per code, most first (ties in code order), for the summaries that state how many there are. */
export function issueCounts(report: Pick<AuditReport, 'issues'>): { code: IssueCode; count: number }[] {
  const counts = new Map<IssueCode, number>();
  for (const issue of report.issues) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
  return [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
}

/** "12 data issues" / "No data issues.": the summaries' count (the sidebar's report holds only the first issues). */
export function issueTotalText(n: number, lang: Lang): string {
  return n === 0 ? t(lang, 'verdict.noIssues') : t(lang, 'verdict.issues', { n });
}
