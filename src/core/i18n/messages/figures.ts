// The words that go with a figure (days, points, per day), shared by the audit tab's number formats and
// every text that writes a number, so a figure reads the same wherever it is shown.
import { plural, type MessageTable } from '../format';

export const en = {
  'figure.days': (p, lang) => plural(lang, Number(p.n), { one: 'day', other: 'days' }),
  'figure.points': 'pts',
  'figure.perDay': '/day',
  'figure.times': '×',
} satisfies MessageTable<string>;

export const pl: MessageTable<keyof typeof en> = {
  // 34,6 dnia (a fraction takes the genitive singular), 1 dzień, 2 dni, 5 dni.
  'figure.days': (p, lang) =>
    plural(lang, Number(p.n), { one: 'dzień', few: 'dni', many: 'dni', other: 'dnia' }),
  'figure.points': 'pkt',
  'figure.perDay': '/dzień',
  'figure.times': '×',
};
