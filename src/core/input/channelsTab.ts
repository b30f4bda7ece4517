// Reads the Channels tab into channel costs (SPEC §3): a channel and a cost per row, its date if any.
import type { ChannelCost, NamedGrid } from '../types';
import type { IssueLog } from './issueLog';
import { OpenTab, type ParseOptions } from './openTab';

export function parseChannels(
  grid: NamedGrid,
  options: ParseOptions,
  log: IssueLog,
  keyOf: (text: string) => string,
) {
  const tab = new OpenTab('channels', grid, options, log);
  const columns = tab.columns;
  const costs: ChannelCost[] = [];
  if (tab.usable) {
    while (tab.next()) {
      const channel = tab.text(columns.channel, true);
      const cost = tab.number(columns.cost, true);
      const date = tab.day(columns.date, 'dropIfBad');
      if (tab.skip || channel === null || cost === null) continue;
      costs.push({ row: tab.row, channel, channelKey: keyOf(channel), cost, date });
    }
  }
  tab.input.used = costs.length;
  return { costs, input: tab.input };
}
