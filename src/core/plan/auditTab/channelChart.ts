// Chart 3 (SPEC §4.1): each channel's cost per customer against its conversion, sized by leads, colored by
// its verdict. Its data is a small titled table below the channel table, since the chart reads the
// columns in Google's bubble order (label, x, y, group, size), which the channel table does not have.
import type { ChannelRow, ChartUnit, Verdict } from '../../types';
import { placeChart } from '../charts';
import { VERDICT_COLORS } from '../formats';
import { topBy } from '../lists';
import { HEADER_FILL, LIST_LIMITS, wrapped, type AuditTab } from './layout';

/** Bubbles of one verdict share a color, given in order of first appearance: so rows come grouped. */
const VERDICT_ORDER: readonly Verdict[] = ['strengthen', 'modify', 'drop', 'insufficient'];

export function channelChart(tab: AuditTab, shown: readonly ChannelRow[]): void {
  const { b } = tab;
  // A channel without a cost per customer (no cost, or no new customer) has no place on the chart.
  const drawable = shown.filter((channel) => channel.cac !== null && channel.conversion !== null);
  if (drawable.length === 0) return;
  const charted = topBy(drawable, LIST_LIMITS.chartChannels, (channel) => channel.leads).sort(
    (a, z) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(z.verdict),
  );
  b.addRow();
  tab.title('tab.chart.channels.table');
  const labels = [
    'tab.col.channel',
    'tab.col.conversion',
    'tab.col.cac',
    'tab.col.verdict',
    'tab.col.leads',
  ] as const;
  const header = b.addRow(
    labels.map((key) => ({ value: tab.tx(key), bold: true, background: HEADER_FILL, wrap: true })),
  );
  for (const channel of charted) {
    b.addRow(
      wrapped([
        channel.channel,
        tab.figure(channel.conversion, 'ratio'),
        tab.figure(channel.cac, 'currency'),
        { value: tab.tx(`tab.verdict.${channel.verdict}`), background: VERDICT_COLORS[channel.verdict] },
        tab.figure(channel.leads, 'count'),
      ]),
    );
  }
  const left = shown.length - charted.length;
  if (left > 0) tab.note(tab.tx('tab.chart.channels.notDrawn', { n: left }));
  const column = (i: number, unit: ChartUnit) => ({
    column: i + 1,
    label: tab.tx(labels[i]),
    unit,
  });
  const verdicts = VERDICT_ORDER.filter((verdict) => charted.some((channel) => channel.verdict === verdict));
  placeChart(b, {
    id: 'channels',
    type: 'bubble',
    title: tab.tx('tab.chart.channels.title'),
    rows: { header, first: header + 1, last: header + charted.length },
    currency: tab.report.currency,
    language: tab.lang,
    label: column(0, 'text'),
    x: column(1, 'ratio'),
    y: column(2, 'currency'),
    group: column(3, 'text'),
    sizeBy: column(4, 'count'),
    groups: verdicts.map((verdict) => ({
      label: tab.tx(`tab.verdict.${verdict}`),
      color: VERDICT_COLORS[verdict],
    })),
  });
}
