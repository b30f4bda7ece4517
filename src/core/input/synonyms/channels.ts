// Header synonyms of the Channels tab's fields (SPEC §3), English and Polish, with CRM campaign exports' names.
// Earlier synonyms are better matches: when two columns could feed one field, the column matching the
// earlier synonym wins.
import type { ChannelField } from '../../types';

export const CHANNEL_SYNONYMS: Record<ChannelField, string[]> = {
  channel: [
    'Channel',
    'Source',
    'Lead Source',
    'Marketing channel',
    'Campaign',
    'Campaign Name',
    'Kanał',
    'Źródło',
    'Kampania',
    'Nazwa kampanii',
    'Name',
    'Nazwa',
  ],
  cost: [
    'Cost',
    'Spend',
    'Actual Cost',
    'Amount spent',
    'Total cost',
    'Budget',
    'Budgeted Cost',
    'Koszt',
    'Koszty',
    'Budżet',
    'Wydatki',
    'Kwota',
    'Amount',
  ],
  date: ['Date', 'Month', 'Period', 'Start Date', 'Data', 'Miesiąc', 'Okres', 'Data rozpoczęcia'],
};
