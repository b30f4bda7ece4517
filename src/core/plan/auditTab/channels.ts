// The channel table of the audit tab: one row per channel with its costs, conversion and verdict.
import type { ChannelRow } from '../../types';
import { INTEGER_FORMAT, VERDICT_COLORS } from '../formats';
import type { CellInput } from '../sheetBuilder';
import { channelChart } from './channelChart';
import { DECIMAL_FORMAT, LIST_LIMITS, wrapped, type AuditTab } from './layout';

export function channels(tab: AuditTab): void {
  const all = tab.report.channels;
  const shown = all.slice(0, LIST_LIMITS.channels);
  const first = tab.title('tab.channels.title');
  tab.headerRow([
    'tab.col.channel',
    'tab.col.leads',
    'tab.col.share',
    'tab.col.won',
    'tab.col.lost',
    'tab.col.conversion',
    'tab.col.winRate',
    'tab.col.cost',
    'tab.col.newCustomers',
    'tab.col.cac',
    'tab.col.avgClv',
    'tab.col.profitPerCustomer',
    'tab.col.ltvToCac',
    'tab.col.conversationsPerWin',
    'tab.col.verdict',
    'tab.col.reason',
  ]);
  tab.list(shown, all.length, (channel) => channelRow(tab, channel), 'tab.channels.empty');
  channelChart(tab, shown);
  tab.endBlock('channels', first);
}

function channelRow(tab: AuditTab, channel: ChannelRow): CellInput[] {
  const money = tab.format('currency');
  const verdict = tab.tx(`tab.verdict.${channel.verdict}`);
  return wrapped([
    channel.channel,
    { value: channel.leads, format: INTEGER_FORMAT },
    { value: channel.share, format: tab.format('ratio') },
    { value: channel.won, format: INTEGER_FORMAT },
    { value: channel.lost, format: INTEGER_FORMAT },
    { value: channel.conversion, format: tab.format('ratio') },
    { value: channel.winRate, format: tab.format('ratio') },
    { value: channel.cost, format: money },
    { value: channel.newCustomers, format: INTEGER_FORMAT },
    { value: channel.cac, format: money },
    { value: channel.avgClv, format: money },
    { value: channel.profitPerCustomer, format: money },
    { value: channel.ltvToCac, format: tab.format('multiple') },
    { value: channel.conversationsPerWin, format: DECIMAL_FORMAT },
    {
      value: channel.expensive ? tab.tx('tab.verdict.expensive', { verdict }) : verdict,
      background: VERDICT_COLORS[channel.verdict],
    },
    channel.reason,
  ]);
}
