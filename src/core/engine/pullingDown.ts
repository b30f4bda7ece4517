// The one item that pulls an area's score down, for the summary page, the sidebar and the console
// (SPEC §4.1): what the area's headline names beside its score.
import type { AreaResult, AttentionItem, ChannelRow } from '../types';
import { itemPoints } from './scoring';

/**
 * The first item of the area's attention list (a dropped channel, a flagged salesperson, a red metric, a
 * question answered No); else its lowest-scoring rated item below 100 — an amber metric, a question
 * answered Partly, or for a channel table below 100 its busiest channel to modify; else null.
 * Ties go to metrics, then the channel table, then questions, each in report order. A salespeople table
 * below 100 always has a flagged salesperson, who is on the attention list.
 */
export function pullingDown(area: AreaResult, channels: readonly ChannelRow[]): AttentionItem | null {
  if (area.attention.length > 0) return area.attention[0];
  // Channels are sorted by leads, so the first to modify weighs most on the table's points.
  const modify = channels.find((row) => row.verdict === 'modify');
  const candidates: { points: number | undefined; item: AttentionItem }[] = [
    ...area.metrics.map((metric) => ({
      points: itemPoints(metric),
      item: { kind: 'metric' as const, subject: metric.id },
    })),
    ...area.tables.flatMap((table) =>
      table.id === 'channels' && modify
        ? [{ points: itemPoints(table), item: { kind: 'channel' as const, subject: modify.channel } }]
        : [],
    ),
    ...area.questions.map((question) => ({
      points: itemPoints(question),
      item: { kind: 'question' as const, subject: question.id },
    })),
  ];
  let lowest: { points: number; item: AttentionItem } | null = null;
  for (const { points, item } of candidates)
    if (points !== undefined && points < 100 && (lowest === null || points < lowest.points))
      lowest = { points, item };
  return lowest?.item ?? null;
}
