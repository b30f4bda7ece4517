// Texts of the verdict as every view states it: the items that pull an area down, the actions, the count of
// data issues, the stage open deals wait longest in. The audit tab, the sidebar and the runner's console use
// the same ones.
import { counted, type MessageTable } from '../format';

export const en = {
  'verdict.attention': 'Pulls it down: {names}',
  'verdict.attention.more': counted({ one: '{names} and {n} more', other: '{names} and {n} more' }),
  'verdict.actions': 'What to do first',
  'verdict.noActions': 'Nothing urgent: no channel to drop, no red metric, no overdue list.',
  'verdict.atStake': 'At stake: {value}',
  'verdict.issues': counted({ one: '{n} data issue', other: '{n} data issues' }),
  'verdict.noIssues': 'No data issues.',
  'verdict.slowestStage': '; open deals wait longest in "{stage}" ({days}, median)',
} satisfies MessageTable<string>;

export const pl: MessageTable<keyof typeof en> = {
  'verdict.attention': 'Obniża ocenę: {names}',
  'verdict.attention.more': counted({
    one: '{names} i jeszcze {n}',
    few: '{names} i jeszcze {n}',
    many: '{names} i jeszcze {n}',
    other: '{names} i jeszcze {n}',
  }),
  'verdict.actions': 'Co zrobić najpierw',
  'verdict.noActions':
    'Nic pilnego: żadnego kanału do rezygnacji, wskaźnika z oceną Krytyczny ani zaległych list.',
  'verdict.atStake': 'Stawka: {value}',
  'verdict.issues': counted({
    one: '{n} problem z danymi',
    few: '{n} problemy z danymi',
    many: '{n} problemów z danymi',
    other: '{n} problemu z danymi',
  }),
  'verdict.noIssues': 'Brak problemów z danymi.',
  'verdict.slowestStage': '; otwarte transakcje najdłużej czekają na etapie „{stage}” (mediana {days})',
};
