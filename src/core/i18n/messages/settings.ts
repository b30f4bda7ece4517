// Texts of the settings tab, the questionnaire, the sidebar's settings errors and the history tab.
import type { MessageTable } from '../format';

// Where each default band comes from (SPEC §2), shown beside it in the settings tab and the sidebar.
const EN_CLV_CAC =
  'Rule of thumb popularised by David Skok (SaaS Metrics 2.0): a customer should bring at least 3 times what it cost to win; below 1 each one loses money.';
const PL_CLV_CAC =
  'Reguła praktyczna spopularyzowana przez Davida Skoka (SaaS Metrics 2.0): klient powinien przynieść co najmniej 3 razy więcej, niż kosztowało jego pozyskanie; poniżej 1 każdy przynosi stratę.';

export const en = {
  'settings.title': 'Sales Process Audit: settings',
  'settings.hint':
    'Change the values in column B (and notes in column C). Column D tells the add-on what a row holds: leave it as it is. Rows you add are kept.',
  'settings.col.setting': 'Setting',
  'settings.col.value': 'Value',
  'settings.col.note': 'Note',
  'settings.col.key': 'Key',

  'settings.section.general': 'General',
  'settings.section.ratings': 'Ratings',
  'settings.section.ratings.note': 'Green and amber thresholds; anything worse than amber is red.',
  'settings.section.targets': 'Targets (optional)',
  'settings.section.targets.note':
    'For metrics without a common benchmark. Leave empty to show them unrated; amber left empty = no amber zone.',
  'settings.section.cadence': 'Contact cadence (days)',
  'settings.section.cadence.note':
    'Days between contacts per customer status. To add a status, add a row: the status in column A, days in column B. Statuses not listed get no cadence.',
  'settings.section.mapping': 'Column mapping',
  'settings.section.mapping.note':
    'The header of your column that feeds each field. Leave empty to let the add-on find it by its name.',
  'settings.section.stages': 'Stage mapping',
  'settings.section.stages.note':
    'To read a stage as won, lost or open, add a row: the stage name in column A, Won, Lost or Open in column B.',
  'settings.section.stageOrder': 'Stage order',
  'settings.section.stageOrder.note':
    'Your open stages in pipeline order, one per row in column A, the first stage at the top; move rows to reorder. Left empty, the usual order of your stage names is used (the input tabs, HubSpot, Pipedrive or a common sales order).',
  'settings.section.questionnaire': 'Questionnaire',
  'settings.section.questionnaire.note': 'Answer Yes, Partly, No or Not applicable; add a note in column C.',

  'settings.language': 'Language',
  'settings.language.note': "auto (the spreadsheet's language), en or pl",
  'settings.currency': 'Currency',
  'settings.currency.note': 'Three-letter code, e.g. USD, EUR, PLN',
  'settings.period.months': 'Audit period: last months',
  'settings.period.months.note': '3, 6 or 12; empty = all data',
  'settings.period.from': 'Audit period: from',
  'settings.period.from.note': 'Fill in both dates to audit a date range instead',
  'settings.period.to': 'Audit period: to',
  'settings.marginPct': 'Gross margin',
  'settings.marginPct.note': '100% = revenue-based: CLV and CLV:CAC count revenue, not profit',
  'settings.minSample': 'Minimum sample',
  'settings.minSample.note': 'With fewer deals or customers behind it a metric is rated "not enough data"',
  'settings.dormantAfterDays': 'Customer dormant after (days)',
  'settings.dormantAfterDays.note': 'A customer whose last won deal closed longer ago counts as dormant',
  'settings.monthlyTarget': 'Monthly revenue target',
  'settings.monthlyTarget.note':
    'Optional: the won value you aim for each month; the mean of complete months is rated against it (green from 100%, amber from 80%)',
  'settings.band.higher.green': '{metric}: green from',
  'settings.band.higher.amber': '{metric}: amber from',
  'settings.band.lower.green': '{metric}: green up to',
  'settings.band.lower.amber': '{metric}: amber up to',
  'settings.band.higher.note': 'Higher is better',
  'settings.band.lower.note': 'Lower is better',
  'settings.band.why.conversations.winRate':
    'Rule of thumb: B2B sellers commonly win 20–30% of the deals they close; under 15% points to weak qualifying or closing.',
  'settings.band.why.acquisition.ltvToCac': EN_CLV_CAC,
  'settings.band.why.channel.ltvToCac': EN_CLV_CAC,
  'settings.band.why.conversations.staleOpenShare':
    "This add-on's rule of thumb: when more than one open deal in ten has outlived a typical win, the pipeline carries dead weight.",
  'settings.band.why.aftersales.followUpRate':
    'Rule of thumb: after-sales starts with a call after delivery; 8 customers in 10 is a habit, under half is chance.',
  'settings.band.why.aftersales.medianDaysToFollowUp':
    'Rule of thumb: call within a week of delivery, while the purchase is fresh; after two weeks the moment has passed.',
  'settings.band.why.aftersales.csat':
    'Rule of thumb: 4 satisfied customers in 5 (ratings 4–5 of 5) is the usual mark of good service.',
  'settings.band.why.aftersales.nps':
    'Bain & Company, who devised NPS, call a score above 0 good and above 20 favourable; 30 is a common rule of thumb for a good B2B score.',
  'settings.band.why.aftersales.repeatRate':
    'Rule of thumb that depends on what you sell: about one customer in three buying again shows after-sales that works; set your own for one-off purchases.',
  'settings.band.why.aftersales.firstLineCoverage':
    'The after-sales question of a sales process audit: every customer knows who their first line of contact is; 95% leaves room for the newest accounts.',
  'settings.band.why.relationships.overdueShare':
    'Rule of thumb: with a contact plan in place, at most one customer in ten should be overdue.',
  'settings.band.why.relationships.dormantShare':
    'Rule of thumb: up to a fifth of customers dormant is normal churn; over two in five means the base is drifting away.',
  'settings.band.why.relationships.expansionShare':
    'Rule of thumb: a fifth of revenue from cross-selling and up-selling to existing customers shows the relationships are being developed.',
  'settings.status.key': 'Key / VIP',
  'settings.status.active': 'Active',
  'settings.status.new': 'New',
  'settings.status.atRisk': 'At risk',
  'settings.status.dormant': 'Dormant',
  'settings.mapping.label': '{tab}: {field}',
  'settings.outcome.won': 'Won',
  'settings.outcome.lost': 'Lost',
  'settings.outcome.open': 'Open',
  'settings.period.all': 'all data',

  'settings.rule.language': 'use auto, en or pl',
  'settings.rule.currency': 'use a three-letter code such as USD, EUR or PLN',
  'settings.rule.periodMonths': 'use 3, 6 or 12, or leave it empty',
  'settings.rule.date': 'use a date such as 2026-01-31',
  'settings.rule.range': 'fill in both dates, the first not after the second',
  'settings.rule.marginPct': 'use a percentage above 0% and at most 100%',
  'settings.rule.wholeNumber': 'use a whole number of 1 or more',
  'settings.rule.percent': 'use a percentage from 0% to 100%',
  'settings.rule.nonNegative': 'use a number of 0 or more',
  'settings.rule.positive': 'use an amount above 0, or leave the cell empty for no target',
  'settings.rule.nps': 'use a number from -100 to 100',
  'settings.rule.bandOrder.higher': 'amber must not be above green when higher is better',
  'settings.rule.bandOrder.lower': 'amber must not be below green when lower is better',
  'settings.rule.targetGreen': 'fill in the green value as well',
  'settings.rule.answer': 'use Yes, Partly, No or Not applicable',
  'settings.rule.outcome': 'use Won, Lost or Open',
  'settings.rule.stageOrderTwice': 'listed above already: its first place is used',
  'settings.rule.stageOrderOpen': 'a won or lost stage has no place in the pipeline',
  'settings.rule.text': 'use text',

  'settings.issue.usedDefault': '{setting}: "{value}" was ignored ({rule}); the default {default} was used.',
  'settings.issue.ignored': '{setting}: "{value}" was ignored ({rule}).',
  'settings.issue.noteShortened': '{setting}: the note was shortened to {max} characters.',

  'settings.error.request':
    'The sidebar sent settings the add-on cannot use ({detail}). Reload the sidebar and try again.',
  'settings.error.field': '{setting}: {rule}.',
  'settings.error.noteTooLong': 'The note to "{question}" is too long: keep it under {max} characters.',
  'settings.error.answer':
    '"{value}" is not an answer to "{question}": use Yes, Partly, No or Not applicable.',
  'settings.detail.notObject': '{name} is not a set of named values',
  'settings.detail.unknownField': 'unknown field "{name}"',
  'settings.detail.unknownQuestion': 'unknown question "{name}"',
  'settings.detail.notText': '{name} is not text',

  'settings.questions.process': 'Audit routine',
  'settings.question.q.softSkills.needsAnalysis':
    'Do salespeople analyse what the customer needs before they present an offer?',
  'settings.question.q.softSkills.objections':
    'Does the team handle objections without going straight to a discount?',
  'settings.question.q.softSkills.closing':
    'Do salespeople ask for the order and agree on the next step in every conversation?',
  'settings.question.q.softSkills.followUpDiscipline':
    'Does every open deal have a date for the next contact, and is it kept?',
  'settings.question.q.aftersales.firstLine': 'Does every customer know who their first line of contact is?',
  'settings.question.q.aftersales.support':
    'Is there a support process after the purchase, with agreed response times?',
  'settings.question.q.aftersales.checkIn': 'Do we contact every customer after delivery, at a set time?',
  'settings.question.q.relationships.contactPlan':
    'Is there a contact plan for each customer status: how often, and who calls?',
  'settings.question.q.relationships.nonSalesContacts':
    'Do we contact customers also when we are not trying to sell them something?',
  'settings.question.q.relationships.crossUpSell':
    'Do we actively cross-sell and up-sell to existing customers?',
  'settings.question.q.process.regularAudit':
    'Do we repeat this audit of the sales process regularly ourselves?',
  'settings.question.q.process.outsideReview':
    'Does someone from outside review our sales process at least once a year?',

  'history.col.run': 'Run time',
  'history.col.period': 'Period',
  'history.col.overall': 'Overall score',
} satisfies MessageTable<string>;

export const pl: MessageTable<keyof typeof en> = {
  'settings.title': 'Audyt procesu sprzedaży: ustawienia',
  'settings.hint':
    'Zmieniaj wartości w kolumnie B (i notatki w kolumnie C). Kolumna D mówi dodatkowi, co zawiera wiersz: nie zmieniaj jej. Dodane przez Ciebie wiersze zostaną zachowane.',
  'settings.col.setting': 'Ustawienie',
  'settings.col.value': 'Wartość',
  'settings.col.note': 'Uwagi',
  'settings.col.key': 'Klucz',

  'settings.section.general': 'Ogólne',
  'settings.section.ratings': 'Progi ocen',
  'settings.section.ratings.note':
    'Progi ocen Dobry i Do poprawy; wynik gorszy niż próg Do poprawy jest Krytyczny.',
  'settings.section.targets': 'Cele (opcjonalnie)',
  'settings.section.targets.note':
    'Dla wskaźników bez powszechnie przyjętej normy. Puste = bez oceny; pusty próg Do poprawy = wynik poniżej progu Dobry jest od razu Krytyczny.',
  'settings.section.cadence': 'Częstotliwość kontaktu (dni)',
  'settings.section.cadence.note':
    'Co ile dni kontaktujemy się z klientem o danym statusie. Aby dodać status, dodaj wiersz: status w kolumnie A, liczba dni w kolumnie B. Statusy spoza listy nie mają terminu kontaktu.',
  'settings.section.mapping': 'Przypisanie kolumn',
  'settings.section.mapping.note':
    'Nagłówek Twojej kolumny dla każdego pola. Puste = dodatek sam znajdzie kolumnę po nazwie.',
  'settings.section.stages': 'Przypisanie etapów',
  'settings.section.stages.note':
    'Aby etap był liczony jako wygrany, przegrany lub otwarty, dodaj wiersz: nazwa etapu w kolumnie A, Wygrana, Przegrana lub Otwarta w kolumnie B.',
  'settings.section.stageOrder': 'Kolejność etapów',
  'settings.section.stageOrder.note':
    'Otwarte etapy w kolejności lejka, po jednym w wierszu w kolumnie A, pierwszy etap na górze; kolejność zmienisz, przenosząc wiersze. Bez wpisów obowiązuje zwykła kolejność nazw Twoich etapów (z kart na dane, HubSpot, Pipedrive lub typowego procesu sprzedaży).',
  'settings.section.questionnaire': 'Pytania kontrolne',
  'settings.section.questionnaire.note':
    'Odpowiedz Tak, Częściowo, Nie lub Nie dotyczy; notatkę wpisz w kolumnie C.',

  'settings.language': 'Język',
  'settings.language.note': 'auto (język pliku), en lub pl',
  'settings.currency': 'Waluta',
  'settings.currency.note': 'Trzyliterowy kod, np. PLN, EUR, USD',
  'settings.period.months': 'Okres audytu: ostatnie miesiące',
  'settings.period.months.note': '3, 6 lub 12; puste = wszystkie dane',
  'settings.period.from': 'Okres audytu: od',
  'settings.period.from.note': 'Wypełnij obie daty, aby przeprowadzić audyt wybranego zakresu',
  'settings.period.to': 'Okres audytu: do',
  'settings.marginPct': 'Marża brutto',
  'settings.marginPct.note': '100% = liczone od przychodu: CLV i CLV do CAC liczą przychód, nie zysk',
  'settings.minSample': 'Minimalna liczba transakcji lub klientów',
  'settings.minSample.note':
    'Przy mniejszej liczbie transakcji lub klientów wskaźnik ma ocenę „Za mało danych”',
  'settings.dormantAfterDays': 'Klient uśpiony po (dniach)',
  'settings.dormantAfterDays.note': 'Klient, którego ostatnia wygrana transakcja jest starsza, jest uśpiony',
  'settings.monthlyTarget': 'Miesięczny cel sprzedaży',
  'settings.monthlyTarget.note':
    'Opcjonalnie: wartość wygranych transakcji, jaką chcesz osiągać co miesiąc; średnia pełnych miesięcy jest z nią porównywana (Dobry od 100%, Do poprawy od 80%)',
  'settings.band.higher.green': '{metric}: Dobry od',
  'settings.band.higher.amber': '{metric}: Do poprawy od',
  'settings.band.lower.green': '{metric}: Dobry do',
  'settings.band.lower.amber': '{metric}: Do poprawy do',
  'settings.band.higher.note': 'Im więcej, tym lepiej',
  'settings.band.lower.note': 'Im mniej, tym lepiej',
  'settings.band.why.conversations.winRate':
    'Reguła praktyczna: w sprzedaży B2B wygrywa się zwykle 20–30% zamkniętych transakcji; poniżej 15% kuleje kwalifikacja lub domykanie sprzedaży.',
  'settings.band.why.acquisition.ltvToCac': PL_CLV_CAC,
  'settings.band.why.channel.ltvToCac': PL_CLV_CAC,
  'settings.band.why.conversations.staleOpenShare':
    'Reguła praktyczna tego dodatku: gdy więcej niż co dziesiąta otwarta transakcja trwa dłużej niż typowa wygrana, lejek obciążają martwe transakcje.',
  'settings.band.why.aftersales.followUpRate':
    'Reguła praktyczna: obsługa posprzedażowa zaczyna się od kontaktu po dostawie; 8 klientów na 10 to nawyk, mniej niż połowa to przypadek.',
  'settings.band.why.aftersales.medianDaysToFollowUp':
    'Reguła praktyczna: zadzwoń w ciągu tygodnia od dostawy, póki zakup jest świeży; po dwóch tygodniach ten moment mija.',
  'settings.band.why.aftersales.csat':
    'Reguła praktyczna: 4 na 5 zadowolonych klientów (oceny 4–5 na 5) to zwykła miara dobrej obsługi.',
  'settings.band.why.aftersales.nps':
    'Bain & Company, twórcy NPS, uznają wynik powyżej 0 za dobry, a powyżej 20 za korzystny; 30 to częsta reguła praktyczna dla dobrego wyniku w B2B.',
  'settings.band.why.aftersales.repeatRate':
    'Reguła praktyczna zależna od tego, co sprzedajesz: mniej więcej co trzeci klient kupujący ponownie to znak, że obsługa posprzedażowa działa; przy zakupach jednorazowych ustaw własny próg.',
  'settings.band.why.aftersales.firstLineCoverage':
    'Pytanie audytu obsługi posprzedażowej: każdy klient wie, kto jest jego pierwszą linią kontaktu; 95% zostawia margines na najnowszych klientów.',
  'settings.band.why.relationships.overdueShare':
    'Reguła praktyczna: przy planie kontaktu najwyżej co dziesiąty klient może mieć kontakt zaległy.',
  'settings.band.why.relationships.dormantShare':
    'Reguła praktyczna: do jednej piątej uśpionych klientów to zwykły odpływ; ponad dwóch na pięciu oznacza, że baza się rozchodzi.',
  'settings.band.why.relationships.expansionShare':
    'Reguła praktyczna: jedna piąta przychodu ze sprzedaży krzyżowej i dosprzedaży obecnym klientom pokazuje, że relacje są rozwijane.',
  'settings.status.key': 'Kluczowy / VIP',
  'settings.status.active': 'Aktywny',
  'settings.status.new': 'Nowy',
  'settings.status.atRisk': 'Zagrożony',
  'settings.status.dormant': 'Uśpiony',
  'settings.mapping.label': '{tab}: {field}',
  'settings.outcome.won': 'Wygrana',
  'settings.outcome.lost': 'Przegrana',
  'settings.outcome.open': 'Otwarta',
  'settings.period.all': 'wszystkie dane',

  'settings.rule.language': 'wpisz auto, en lub pl',
  'settings.rule.currency': 'wpisz trzyliterowy kod, np. PLN, EUR lub USD',
  'settings.rule.periodMonths': 'wpisz 3, 6 lub 12 albo zostaw puste',
  'settings.rule.date': 'wpisz datę, np. 31.01.2026',
  'settings.rule.range': 'wypełnij obie daty, pierwszą nie późniejszą niż druga',
  'settings.rule.marginPct': 'wpisz procent większy od 0% i nie większy niż 100%',
  'settings.rule.wholeNumber': 'wpisz liczbę całkowitą równą co najmniej 1',
  'settings.rule.percent': 'wpisz procent od 0% do 100%',
  'settings.rule.nonNegative': 'wpisz liczbę równą co najmniej 0',
  'settings.rule.positive': 'wpisz kwotę większą od 0 albo zostaw komórkę pustą, jeśli nie masz celu',
  'settings.rule.nps': 'wpisz liczbę od -100 do 100',
  'settings.rule.bandOrder.higher':
    'próg Do poprawy nie może być wyższy niż próg Dobry, gdy więcej znaczy lepiej',
  'settings.rule.bandOrder.lower':
    'próg Do poprawy nie może być niższy niż próg Dobry, gdy mniej znaczy lepiej',
  'settings.rule.targetGreen': 'wypełnij także próg Dobry',
  'settings.rule.answer': 'wpisz Tak, Częściowo, Nie lub Nie dotyczy',
  'settings.rule.outcome': 'wpisz Wygrana, Przegrana lub Otwarta',
  'settings.rule.stageOrderTwice': 'ten etap jest już wyżej na liście; liczy się jego pierwsze miejsce',
  'settings.rule.stageOrderOpen': 'etap wygranych lub przegranych nie ma miejsca w lejku',
  'settings.rule.text': 'wpisz tekst',

  'settings.issue.usedDefault':
    '{setting}: pominięto „{value}” ({rule}); użyto wartości domyślnej {default}.',
  'settings.issue.ignored': '{setting}: pominięto „{value}” ({rule}).',
  'settings.issue.noteShortened': '{setting}: notatkę skrócono do {max} znaków.',

  'settings.error.request':
    'Panel boczny przesłał ustawienia, których dodatek nie może użyć ({detail}). Odśwież panel i spróbuj ponownie.',
  'settings.error.field': '{setting}: {rule}.',
  'settings.error.noteTooLong': 'Notatka do pytania „{question}” jest za długa: zmieść się w {max} znakach.',
  'settings.error.answer':
    '„{value}” to nie jest odpowiedź na pytanie „{question}”: wybierz Tak, Częściowo, Nie lub Nie dotyczy.',
  'settings.detail.notObject': '{name} nie jest zestawem nazwanych wartości',
  'settings.detail.unknownField': 'nieznane pole „{name}”',
  'settings.detail.unknownQuestion': 'nieznane pytanie „{name}”',
  'settings.detail.notText': '{name} nie jest tekstem',

  'settings.questions.process': 'Regularność audytu',
  'settings.question.q.softSkills.needsAnalysis':
    'Czy handlowcy analizują potrzeby klienta, zanim przedstawią ofertę?',
  'settings.question.q.softSkills.objections':
    'Czy zespół radzi sobie z obiekcjami, zamiast od razu dawać rabat?',
  'settings.question.q.softSkills.closing':
    'Czy handlowcy proszą o zamówienie i ustalają kolejny krok w każdej rozmowie?',
  'settings.question.q.softSkills.followUpDiscipline':
    'Czy każda otwarta transakcja ma termin kolejnego kontaktu i czy jest on dotrzymywany?',
  'settings.question.q.aftersales.firstLine': 'Czy każdy klient wie, kto jest jego pierwszą linią kontaktu?',
  'settings.question.q.aftersales.support':
    'Czy klient ma wsparcie na etapie pozakupowym, z ustalonym czasem reakcji?',
  'settings.question.q.aftersales.checkIn':
    'Czy kontaktujemy się z każdym klientem po dostawie, w ustalonym terminie?',
  'settings.question.q.relationships.contactPlan':
    'Czy mamy plan kontaktu dla każdego statusu klienta: jak często i kto dzwoni?',
  'settings.question.q.relationships.nonSalesContacts':
    'Czy kontaktujemy się z klientami także wtedy, gdy nie chcemy im nic sprzedać?',
  'settings.question.q.relationships.crossUpSell':
    'Czy aktywnie proponujemy obecnym klientom sprzedaż krzyżową i dosprzedaż?',
  'settings.question.q.process.regularAudit': 'Czy regularnie sami robimy audyt procesu sprzedaży?',
  'settings.question.q.process.outsideReview':
    'Czy co najmniej raz w roku prosimy kogoś z zewnątrz o audyt naszego procesu sprzedaży?',

  'history.col.run': 'Data audytu',
  'history.col.period': 'Okres',
  'history.col.overall': 'Ocena ogólna',
};
