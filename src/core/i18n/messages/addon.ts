// Texts of the Google Sheets add-on: toasts, alerts, dialogs, the monthly audit's argument check.
import { plural, type MessageTable } from '../format';

export const en = {
  'addon.quoted': '“{name}”',
  'addon.busy':
    'An audit or another change by Sales Process Audit is already running in this spreadsheet. Wait until it finishes (usually a few seconds), then try again.',
  'addon.auditDone': 'Audit finished. Overall: {rating} ({score}/100). See the tab “{tab}”.',
  'addon.auditDoneUnrated':
    'Audit finished. There was too little data to rate the process; see the tab “{tab}”.',
  'addon.failedTitle': 'The audit could not be completed',
  'addon.actionFailedTitle': 'Sales Process Audit could not finish',
  'addon.unexpected':
    'Something unexpected went wrong: {error}. Your data and the previous audit tab were not changed. Try again in a moment; if it happens again, send this message to the add-on’s support.',
  'addon.inputTabsAdded': (p, lang) =>
    `${plural(lang, Number(p.n), { one: 'Added the tab', other: 'Added the tabs' })} ${p.tabs}. ` +
    'Fill them in (one row per deal, cost or customer), then run the audit.',
  'addon.inputTabsPresent': 'All input tabs are already there, so nothing was added.',
  'addon.sampleInserted':
    'Added example data: {deals} deals, {channels} channel cost rows and {customers} customers. Now choose “Run audit” from the add-on menu to see the audit of this example.',
  'addon.sampleRefused': (p, lang) =>
    `${plural(lang, Number(p.n), { one: 'This spreadsheet already has the tab', other: 'This spreadsheet already has the tabs' })} ${p.tabs}. ` +
    'Example data is only added to a spreadsheet without Deals, Channels and Customers tabs, so nothing was changed. To try the example, open a new, empty spreadsheet.',
  'addon.sidebarTitle': 'Sales Process Audit',
  'addon.noDeals':
    'There is no Deals tab yet. Choose “Create input tabs” (or “Insert sample data”) from the add-on menu, or rename your tab with deals to “Deals”.',
  'addon.badArgument': 'The sidebar sent data the add-on cannot read. Reload the sidebar and try again.',
  'addon.helpTitle': 'Sales Process Audit: help',
  'addon.helpIntro':
    'The add-on audits your sales process in four areas: acquisition, sales conversations, after-sales service and relationship management, and rates each green, amber or red.',
  'addon.helpTabs':
    'Your data: a Deals tab (required; one row per deal with at least a created date and a stage), and optionally Channels (marketing costs per channel) and Customers (status, last contact, satisfaction). The add-on only reads these tabs and never changes them.',
  'addon.helpOwnTabs':
    'The add-on writes three tabs of its own: “{audit}” (the audit, rebuilt on every run), “{history}” (one row per run, to follow the trend) and “{settings}” (period, margin, targets and questionnaire answers, which you may edit).',
  'addon.helpMenu':
    'Menu: “Run audit” writes the audit tab. “Open sidebar” shows the results, the questionnaire and the settings. “Create input tabs” adds empty, formatted data tabs. “Insert sample data” fills an empty spreadsheet with example data to try the add-on.',
  'addon.helpMonthly': 'Tip: run the audit once a month and compare the change since the previous run.',
  'schedule.invalid': 'The monthly audit needs a day of the month from 1 to 28 and an hour from 0 to 23.',
  'schedule.noPermission':
    'The monthly audit needs your permission for the add-on to run when you are not present, and it was not given. Switch it on again and allow it when Google asks; everything else works without it.',
  'addon.helpVersion': 'Sales Process Audit, version {version}',
} satisfies MessageTable<string>;

export const pl: MessageTable<keyof typeof en> = {
  'addon.quoted': '„{name}”',
  'addon.busy':
    'Dodatek Audyt procesu sprzedaży właśnie wykonuje audyt lub inną zmianę w tym pliku. Poczekaj, aż skończy (zwykle trwa to kilka sekund), i spróbuj ponownie.',
  'addon.auditDone':
    'Audyt gotowy. Ocena ogólna: {rating} ({score}/100). Wyniki znajdziesz na karcie „{tab}”.',
  'addon.auditDoneUnrated':
    'Audyt gotowy. Danych było za mało, aby ocenić proces; szczegóły na karcie „{tab}”.',
  'addon.failedTitle': 'Nie udało się przeprowadzić audytu',
  'addon.actionFailedTitle': 'Nie udało się dokończyć operacji',
  'addon.unexpected':
    'Wystąpił nieoczekiwany błąd: {error}. Twoje dane i poprzednia karta audytu nie zostały zmienione. Spróbuj ponownie za chwilę. Jeśli błąd się powtórzy, zgłoś go pomocy technicznej dodatku i dołącz treść tego komunikatu.',
  'addon.inputTabsAdded': (p, lang) =>
    `${plural(lang, Number(p.n), { one: 'Dodano kartę', few: 'Dodano karty', many: 'Dodano karty', other: 'Dodano karty' })} ${p.tabs}. ` +
    'Uzupełnij dane (jeden wiersz na transakcję, koszt lub klienta) i uruchom audyt.',
  'addon.inputTabsPresent': 'Wszystkie karty na dane już istnieją, więc niczego nie dodano.',
  'addon.sampleInserted':
    'Dodano przykładowe dane (transakcje: {deals}, wiersze kosztów kanałów: {channels}, klienci: {customers}). Teraz wybierz z menu dodatku „Uruchom audyt”, aby zobaczyć audyt tych danych.',
  'addon.sampleRefused': (p, lang) =>
    `${plural(lang, Number(p.n), { one: 'Ten plik ma już kartę', few: 'Ten plik ma już karty', many: 'Ten plik ma już karty', other: 'Ten plik ma już karty' })} ${p.tabs}. ` +
    'Przykładowe dane można dodać tylko do pliku bez kart Transakcje, Kanały i Klienci, więc niczego nie zmieniono. Aby wypróbować przykład, utwórz nowy, pusty arkusz kalkulacyjny.',
  'addon.sidebarTitle': 'Audyt procesu sprzedaży',
  'addon.noDeals':
    'Nie ma jeszcze karty z transakcjami. Wybierz z menu dodatku „Utwórz karty na dane” (lub „Wstaw przykładowe dane”) albo zmień nazwę swojej karty z transakcjami na „Transakcje”.',
  'addon.badArgument':
    'Panel boczny wysłał dane, których dodatek nie potrafi odczytać. Odśwież panel i spróbuj ponownie.',
  'addon.helpTitle': 'Audyt procesu sprzedaży: pomoc',
  'addon.helpIntro':
    'Dodatek audytuje proces sprzedaży w czterech obszarach: pozyskanie klientów, rozmowy sprzedażowe, obsługa posprzedażowa oraz budowanie i zarządzanie relacjami. Każdy obszar dostaje ocenę: Dobry, Do poprawy lub Krytyczny.',
  'addon.helpTabs':
    'Twoje dane: karta Transakcje (wymagana; jeden wiersz na transakcję, co najmniej data utworzenia i etap) oraz opcjonalnie Kanały (koszty marketingu w podziale na kanały) i Klienci (status, ostatni kontakt, zadowolenie). Dodatek tylko czyta te karty i nigdy ich nie zmienia.',
  'addon.helpOwnTabs':
    'Dodatek zapisuje trzy własne karty: „{audit}” (audyt, tworzony od nowa przy każdym uruchomieniu), „{history}” (jeden wiersz na każdy audyt, aby śledzić zmiany) i „{settings}” (okres, marża, cele i odpowiedzi na pytania kontrolne; możesz je zmieniać).',
  'addon.helpMenu':
    'Menu: „Uruchom audyt” tworzy kartę audytu. „Otwórz panel boczny” pokazuje wyniki, pytania kontrolne i ustawienia. „Utwórz karty na dane” dodaje puste, sformatowane karty na dane. „Wstaw przykładowe dane” wypełnia pusty plik przykładowymi danymi, żeby można było wypróbować dodatek.',
  'addon.helpMonthly': 'Wskazówka: uruchamiaj audyt raz w miesiącu i porównuj zmiany od poprzedniego audytu.',
  'schedule.invalid': 'Audyt co miesiąc wymaga dnia miesiąca od 1 do 28 i godziny od 0 do 23.',
  'schedule.noPermission':
    'Audyt co miesiąc wymaga Twojej zgody na to, by dodatek działał, gdy nie korzystasz z arkusza, a tej zgody nie udzielono. Włącz go ponownie i zezwól na to, gdy Google zapyta; reszta dodatku działa bez tej zgody.',
  'addon.helpVersion': 'Audyt procesu sprzedaży, wersja {version}',
};
