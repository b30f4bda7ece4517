// Texts of the monthly audit (SPEC §5) in the sidebar's Settings view; the server's own sentences about it
// are in addon.ts.
import { counted, type MessageTable } from '../format';

export const en = {
  'sidebar.schedule.title': 'Monthly audit',
  'sidebar.schedule.none':
    'Off. Switch it on to audit this spreadsheet by itself once a month: the audit tab, the history and what moved since the last audit are written as when you run it.',
  'sidebar.schedule.mine':
    'On: every month on day {day}, between {hour} and the next hour (Google picks the minute), in this spreadsheet’s time zone.',
  'sidebar.schedule.others': counted({
    one: 'Another editor of this spreadsheet has set a monthly audit too.',
    other: '{n} other editors of this spreadsheet have set a monthly audit too.',
  }),
  'sidebar.schedule.day': 'Day of the month',
  'sidebar.schedule.hour': 'Hour',
  'sidebar.schedule.switchOn': 'Switch on',
  'sidebar.schedule.change': 'Change',
  'sidebar.schedule.switchOff': 'Switch off',
  'sidebar.schedule.saving': 'Saving…',
  'sidebar.schedule.saved': 'Monthly audit set.',
  'sidebar.schedule.switchedOff': 'Monthly audit switched off.',
  'sidebar.schedule.lastDone': 'Last monthly audit: {at}, overall score {score} ({rating}).',
  'sidebar.schedule.lastBusy':
    'Last monthly audit: {at}, skipped because another audit was running; it runs again next month.',
  'sidebar.schedule.lastFailed': 'Last monthly audit: {at}, failed: {error}',
  'sidebar.schedule.lastUnreached':
    'Last monthly audit: {at}, could not open this spreadsheet. Switch the monthly audit off and on again here.',
} satisfies MessageTable<string>;

export const pl: MessageTable<keyof typeof en> = {
  'sidebar.schedule.title': 'Audyt co miesiąc',
  'sidebar.schedule.none':
    'Wyłączony. Włącz go, a dodatek sam przeprowadzi audyt tego arkusza raz w miesiącu: karta audytu, historia i zmiany od ostatniego audytu zapiszą się tak, jak przy ręcznym uruchomieniu.',
  'sidebar.schedule.mine':
    'Włączony: co miesiąc {day}. dnia, między {hour} a kolejną pełną godziną (minutę wybiera Google), w strefie czasowej tego arkusza.',
  'sidebar.schedule.others': counted({
    one: 'Inna osoba edytująca ten arkusz również ustawiła audyt co miesiąc.',
    few: '{n} inne osoby edytujące ten arkusz również ustawiły audyt co miesiąc.',
    many: '{n} innych osób edytujących ten arkusz również ustawiło audyt co miesiąc.',
    other: '{n} innych osób edytujących ten arkusz również ustawiło audyt co miesiąc.',
  }),
  'sidebar.schedule.day': 'Dzień miesiąca',
  'sidebar.schedule.hour': 'Godzina',
  'sidebar.schedule.switchOn': 'Włącz',
  'sidebar.schedule.change': 'Zmień',
  'sidebar.schedule.switchOff': 'Wyłącz',
  'sidebar.schedule.saving': 'Zapisywanie…',
  'sidebar.schedule.saved': 'Audyt co miesiąc ustawiony.',
  'sidebar.schedule.switchedOff': 'Audyt co miesiąc wyłączony.',
  'sidebar.schedule.lastDone': 'Ostatni audyt co miesiąc: {at}, ocena ogólna {score} ({rating}).',
  'sidebar.schedule.lastBusy':
    'Ostatni audyt co miesiąc: {at}, pominięty, bo trwał inny audyt; kolejny odbędzie się za miesiąc.',
  'sidebar.schedule.lastFailed': 'Ostatni audyt co miesiąc: {at}, nie powiódł się: {error}',
  'sidebar.schedule.lastUnreached':
    'Ostatni audyt co miesiąc: {at}, nie udało się otworzyć tego arkusza. Wyłącz audyt co miesiąc i włącz go ponownie.',
};
