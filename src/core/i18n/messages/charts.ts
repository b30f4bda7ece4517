// Texts of the charts (SPEC §4.1) and of their data tables in the audit tab.
import { plural, type MessageTable } from '../format';

export const en = {
  'tab.chart.monthly.title': 'Won value and win rate by month',
  'tab.chart.monthly.table': 'Sales by month',
  'tab.chart.trend.title': 'Scores over the audits',
  'tab.chart.trend.table': 'Score trend',
  'tab.chart.trend.firstRun': 'The score trend appears from the second audit on.',
  'tab.chart.channels.title': 'Cost per customer and conversion by channel (bubble size: leads)',
  'tab.chart.channels.table': 'Channels on the chart',
  'tab.chart.channels.notDrawn': (p, lang) =>
    plural(lang, Number(p.n), {
      one: '{n} channel without a cost per customer is not on the chart.',
      other: '{n} channels without a cost per customer (or beyond the 15 busiest) are not on the chart.',
    }),
  'tab.chart.pipeline.title': 'Open deals by stage',
  'tab.chart.lostReasons.title': 'Why deals are lost',
  'tab.col.month': 'Month',
  'tab.col.wonValue': 'Won value',
  'tab.col.runAt': 'Run at',
} satisfies MessageTable<string>;

export const pl: MessageTable<keyof typeof en> = {
  'tab.chart.monthly.title': 'Wartość wygranych i skuteczność według miesięcy',
  'tab.chart.monthly.table': 'Sprzedaż według miesięcy',
  'tab.chart.trend.title': 'Oceny w kolejnych audytach',
  'tab.chart.trend.table': 'Zmiana ocen',
  'tab.chart.trend.firstRun': 'Wykres zmian ocen pojawi się od drugiego audytu.',
  'tab.chart.channels.title': 'Koszt pozyskania klienta i konwersja według kanałów (wielkość: zapytania)',
  'tab.chart.channels.table': 'Kanały na wykresie',
  'tab.chart.channels.notDrawn': (p, lang) =>
    plural(lang, Number(p.n), {
      one: '{n} kanał bez kosztu pozyskania klienta nie jest na wykresie.',
      few: '{n} kanały bez kosztu pozyskania klienta (lub spoza 15 największych) nie są na wykresie.',
      many: '{n} kanałów bez kosztu pozyskania klienta (lub spoza 15 największych) nie jest na wykresie.',
      other: '{n} kanału bez kosztu pozyskania klienta (lub spoza 15 największych) nie jest na wykresie.',
    }),
  'tab.chart.pipeline.title': 'Otwarte transakcje według etapów',
  'tab.chart.lostReasons.title': 'Powody przegranych',
  'tab.col.month': 'Miesiąc',
  'tab.col.wonValue': 'Wartość wygranych',
  'tab.col.runAt': 'Data audytu',
};
