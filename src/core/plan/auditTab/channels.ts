// The channel table of the audit tab: one row per channel with its costs, conversion and verdict.
import type { ChannelRow } from '../../types';
import { VERDICT_COLORS } from '../formats';
import type { CellInput } from '../sheetBuilder';
import { channelChart } from './channelChart';
import { LIST_LIMITS, wrapped, type AuditTab } from './layout';

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
  const verdict = tab.tx(`tab.verdict.${channel.verdict}`);
  return wrapped([
    channel.channel,
    tab.figure(channel.leads, 'count'),
    tab.figure(channel.share, 'ratio'),
    tab.figure(channel.won, 'count'),
    tab.figure(channel.lost, 'count'),
    tab.figure(channel.conversion, 'ratio'),
    tab.figure(channel.winRate, 'ratio'),
    tab.figure(channel.cost, 'currency'),
    tab.figure(channel.newCustomers, 'count'),
    tab.figure(channel.cac, 'currency'),
    tab.figure(channel.avgClv, 'currency'),
    tab.figure(channel.profitPerCustomer, 'currency'),
    tab.figure(channel.ltvToCac, 'multiple'),
    tab.figure(channel.conversationsPerWin, 'count'),
    {
      value: channel.expensive ? tab.tx('tab.verdict.expensive', { verdict }) : verdict,
      background: VERDICT_COLORS[channel.verdict],
    },
    channel.reason,
  ]);
}
