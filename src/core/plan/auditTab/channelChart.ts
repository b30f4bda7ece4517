// The channel chart's source data and placement in the audit tab.
import type { ChannelRow } from '../../types';
import { INTEGER_FORMAT } from '../formats';
import { topBy } from '../lists';
import { CHART_DATA_COLUMN, HEADER_FILL, LIST_LIMITS, wrapped, type AuditTab } from './layout';

/**
 * The chart reads a contiguous channel / leads / conversion table, which the channel table is not, so a
 * small copy of the busiest channels sits right of it, beside the table's header; the chart goes below.
 */
export function channelChart(tab: AuditTab, headerRow: number, shown: readonly ChannelRow[]): void {
  const { b } = tab;
  const charted = topBy(shown, LIST_LIMITS.chartChannels, (channel) => channel.leads);
  b.setCells(headerRow, CHART_DATA_COLUMN, [
    { value: tab.tx('tab.col.channel'), bold: true, background: HEADER_FILL, wrap: true },
    { value: tab.tx('tab.col.leads'), bold: true, background: HEADER_FILL, wrap: true },
    { value: tab.tx('tab.col.conversion'), bold: true, background: HEADER_FILL, wrap: true },
  ]);
  charted.forEach((channel, i) => {
    b.setCells(
      headerRow + 1 + i,
      CHART_DATA_COLUMN,
      wrapped([
        channel.channel,
        { value: channel.leads, format: INTEGER_FORMAT },
        { value: channel.conversion, format: tab.format('ratio') },
      ]),
    );
  });
  const source = { row: headerRow, column: CHART_DATA_COLUMN, numRows: charted.length + 1, numColumns: 3 };
  b.setChart({
    title: tab.tx('tab.chart.title'),
    source,
    anchor: { row: source.row + source.numRows + 1, column: CHART_DATA_COLUMN },
  });
}
