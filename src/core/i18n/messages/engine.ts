// Texts of the audit engine: findings and advice per metric, no-data hints, verdict reasons, owner flags.
// Findings carry no final full stop: the engine joins them with advice or a not-enough-data note.
// Polish day counts follow no preposition that needs the genitive ("w ciągu", "od"): "1 dzień" is nominative.
import { counted, fill, type MessageTable } from '../format';

export const en = {
  'engine.target.higher': '≥ {v}',
  'engine.target.lower': '≤ {v}',
  'engine.count.deals': counted({ one: '{n} deal', other: '{n} deals' }),
  'engine.count.customers': counted({ one: '{n} customer', other: '{n} customers' }),
  'engine.count.responses': counted({ one: '{n} response', other: '{n} responses' }),

  'engine.tab.deals': 'Deals',
  'engine.tab.channels': 'Channels',
  'engine.tab.customers': 'Customers',
  'engine.field.deals.created': 'Created',
  'engine.field.deals.stage': 'Stage',
  'engine.field.deals.value': 'Value',
  'engine.field.deals.channel': 'Channel',
  'engine.field.deals.closed': 'Closed',
  'engine.field.deals.customer': 'Customer',
  'engine.field.deals.owner': 'Owner',
  'engine.field.deals.conversations': 'Conversations',
  'engine.field.deals.type': 'Type',
  'engine.field.deals.delivered': 'Delivered',
  'engine.field.deals.followUp': 'Follow-up',
  'engine.field.deals.id': 'Deal ID',
  'engine.field.deals.name': 'Name',
  'engine.field.deals.lostReason': 'Lost reason',
  'engine.field.channels.channel': 'Channel',
  'engine.field.channels.cost': 'Cost',
  'engine.field.channels.date': 'Date',
  'engine.field.customers.customer': 'Customer',
  'engine.field.customers.status': 'Status',
  'engine.field.customers.lastContact': 'Last contact',
  'engine.field.customers.satisfaction': 'Satisfaction',
  'engine.field.customers.nps': 'NPS',
  'engine.field.customers.firstLine': 'First line',
  'engine.field.customers.support': 'Support',
  'engine.hint.addColumn': 'Add a "{column}" column to the {tab} tab to see this.',
  'engine.hint.addTab': 'Add a {tab} tab with a "{column}" column to see this.',
  'engine.hint.typeOrCustomer':
    'Add a "Type" column (New / Up-sell / Cross-sell) or a "Customer" column to the Deals tab to see this.',

  'engine.note.plain': '{finding}.',
  'engine.note.withAdvice': '{finding} — {advice}.',
  'engine.note.tooFew': '{finding} — based on only {sample}; at least {min} are needed to rate it.',
  'engine.note.nothingToCompute': 'Nothing in the audit period to compute this from yet.',
  'engine.note.zeroCost':
    'All recorded costs are 0, so CLV:CAC cannot be computed — enter what each channel costs in the Channels tab.',
  'engine.note.emptyColumn': 'The "{column}" column of the {tab} tab is empty — fill it in to see this.',
  'engine.note.npsScale':
    'The NPS column holds no score above 5, so it is not a 0–10 recommendation score — ask "How likely are you to recommend us?" on a 0–10 scale.',

  'engine.period.all': 'All data up to {to}',
  'engine.period.last': counted({
    one: 'Last month ({from} – {to})',
    other: 'Last {n} months ({from} – {to})',
  }),
  'engine.period.range': '{from} – {to}',

  'engine.channel.none': '(no channel)',
  'engine.owner.none': '(no owner)',
  'engine.status.none': '(no status)',
  'engine.lostReason.other': '(other reasons)',
  'engine.lostReason.none': '(no reason given)',
  'engine.clv.revenue': 'revenue-based',
  'engine.clv.margin': 'at {pct} gross margin',
  'engine.csat.scale': 'scores {from}–{max} of {max}',

  'engine.finding.acquisition.leads': counted({
    one: '1 inquiry came in during the audit period',
    other: '{value} inquiries came in during the audit period',
  }),
  'engine.advice.acquisition.leads': 'set a lead target per channel and review it every month',
  'engine.finding.acquisition.leadToWinRate': '{value} of inquiries end in a won deal',
  'engine.advice.acquisition.leadToWinRate':
    'qualify inquiries earlier and focus on the channels that convert best',
  'engine.finding.acquisition.blendedCac':
    'Winning one new customer costs {value} on average across all channels',
  'engine.advice.acquisition.blendedCac':
    'move budget from the channels with the highest CAC to the cheapest ones',
  'engine.finding.acquisition.ltvToCac': 'A new customer brings back {value} what it cost to win',
  'engine.advice.acquisition.ltvToCac':
    'cut spend on channels with CLV:CAC below 1 and sell more to the customers you already have',
  'engine.finding.acquisition.effortSpread':
    '{maxChannel} needs {value} as many conversations per win as {minChannel}',
  'engine.advice.acquisition.effortSpread': 'qualify the leads of the demanding channel more strictly',

  'engine.finding.conversations.avgDaysToWin':
    'Winning a deal takes {value} on average from inquiry to close',
  'engine.advice.conversations.avgDaysToWin':
    'find the stage where deals wait longest and agree a next step for every open deal',
  'engine.finding.conversations.medianDaysToWin': 'Half of the won deals close within {value}',
  'engine.advice.conversations.medianDaysToWin':
    'find the stage where deals wait longest and agree a next step for every open deal',
  'engine.finding.conversations.avgConversationsPerWin': 'A won deal takes {value} conversations on average',
  'engine.advice.conversations.avgConversationsPerWin':
    'give every meeting a clear goal and a next step so fewer are needed',
  'engine.finding.conversations.conversationsPerWin':
    'Counting the conversations on lost and open deals too, there are {value} conversations per win (all conversations: {conversations}, wins: {won})',
  'engine.advice.conversations.conversationsPerWin':
    'qualify inquiries earlier and let go of deals that will not close, so fewer conversations go to lost deals',
  'engine.finding.conversations.avgDealValue': 'The average won deal is worth {value}',
  'engine.advice.conversations.avgDealValue': 'offer bundles or a higher tier to raise the deal size',
  'engine.finding.conversations.medianDealValue': 'Half of the won deals are worth {value} or less',
  'engine.advice.conversations.medianDealValue': 'offer bundles or a higher tier to raise the deal size',
  'engine.finding.conversations.avgClv': 'A customer has brought {value} on average so far ({basis})',
  'engine.advice.conversations.avgClv': 'plan repeat sales, cross- and up-selling for existing customers',
  'engine.finding.conversations.avgDaysInFunnel':
    'A closed deal, won or lost, spent {value} in the funnel on average',
  'engine.advice.conversations.avgDaysInFunnel':
    'close or let go of deals that stall instead of keeping them open',
  'engine.finding.conversations.avgOpenDealAgeDays':
    'Open deals have been in the funnel for {value} on average',
  'engine.advice.conversations.avgOpenDealAgeDays':
    'review the oldest open deals and agree a next step or close them',
  'engine.finding.conversations.staleOpenShare':
    '{value} of open deals ({stale} of {open}) run longer or take more conversations than a typical win',
  'engine.advice.conversations.staleOpenShare':
    'decide on each deal in the list below: agree a next step or let it go',
  'engine.finding.conversations.winRate': '{value} of closed deals are won ({won} of {closed}){detail}',
  'engine.winRate.topReason': '; the most common lost reason is "{reason}" ({deals} of {lost} lost deals)',
  'engine.advice.winRate.both':
    'prepare the team\'s answer to "{reason}" and agree a next step for every deal waiting in "{stage}"',
  'engine.advice.winRate.reason': 'prepare the team\'s answer to "{reason}", the most common lost reason',
  'engine.advice.winRate.stage':
    'agree a next step for every deal waiting in "{stage}", where open deals wait longest',
  'engine.advice.conversations.winRate':
    'review why deals are lost and practise the most common objections with the team',
  'engine.finding.conversations.salesVelocity':
    'At the current pace the open pipeline brings in about {value}',
  'engine.advice.conversations.salesVelocity': 'raise the win rate or shorten the time to win',

  'engine.finding.aftersales.followUpRate': '{value} of won deals get an after-sale contact',
  'engine.advice.aftersales.followUpRate': 'schedule a check-in call within 7 days of delivery',
  'engine.finding.aftersales.medianDaysToFollowUp': 'Customers hear from you {value} after delivery (median)',
  'engine.advice.aftersales.medianDaysToFollowUp':
    'call within a week of delivery, while the purchase is fresh',
  'engine.finding.aftersales.csat': '{value} of customers are satisfied ({scale})',
  'engine.advice.aftersales.csat': 'ask unhappy customers what went wrong and fix the most common cause',
  'engine.finding.aftersales.avgSatisfaction': 'The average satisfaction score is {value} of {max}',
  'engine.advice.aftersales.avgSatisfaction':
    'ask unhappy customers what went wrong and fix the most common cause',
  'engine.finding.aftersales.nps': 'NPS is {value}: promoters minus detractors',
  'engine.advice.aftersales.nps': 'call the detractors (0–6) and ask the promoters for referrals',
  'engine.finding.aftersales.repeatRate': '{value} of customers came back for another purchase',
  'engine.advice.aftersales.repeatRate':
    'give customers a reason to return: a follow-up offer, a service or a review',
  'engine.finding.aftersales.firstLineCoverage': '{value} of customers have a named first line of contact',
  'engine.advice.aftersales.firstLineCoverage':
    'assign an account manager to every customer and tell the customer who it is',
  'engine.finding.aftersales.supportCoverage':
    '{value} of customers have an after-sale support plan on record',
  'engine.advice.aftersales.supportCoverage': 'agree a support plan with response times for every customer',

  'engine.finding.relationships.overdueShare':
    '{value} of customers with a contact plan are overdue for contact ({overdue} of {total})',
  'engine.advice.relationships.overdueShare':
    'call the customers in the list below, starting with the longest overdue',
  'engine.finding.relationships.dormantShare':
    '{value} of customers have not bought anything for over {days}',
  'engine.advice.relationships.dormantShare':
    'reach out to dormant customers with something useful, not only with an offer',
  'engine.finding.relationships.expansionShare':
    '{value} of won revenue comes from selling more to existing customers',
  'engine.advice.relationships.expansionShare': 'offer existing customers a next product at every check-in',

  'engine.verdict.insufficient': counted({
    one: 'Only 1 closed deal — at least {min} are needed for a verdict.',
    other: 'Only {n} closed deals — at least {min} are needed for a verdict.',
  }),
  'engine.verdict.noChannel':
    'These deals have no channel filled in — fill it in to see where they came from.',
  'engine.verdict.dropLtv':
    'CLV:CAC is {ltv}: a customer costs {cac} to win and brings {clv} — cut this channel’s spend or drop it.',
  'engine.verdict.dropNoWins':
    'No win from {leads} leads while it cost {cost} — drop it or change what it offers.',
  'engine.verdict.strengthenLtv':
    'CLV:CAC {ltv} and conversion {conversion} (overall {overall}) — put more budget and time into it.',
  'engine.verdict.strengthenConversion':
    'Conversion {conversion} against {overall} overall — put more effort into this channel.',
  'engine.verdict.modifyLtv':
    'CLV:CAC {ltv} and conversion {conversion} (overall {overall}) — rework the targeting or the offer before adding budget.',
  'engine.verdict.modifyConversion':
    'Conversion {conversion} against {overall} overall — rework the targeting or the offer to lift it.',
  'engine.verdict.expensive': 'Effective but expensive: CAC {cac} is over 1.5 × the median {median}.',

  'engine.owner.lowWinRate':
    'Win rate {rate} against {team} for the team: work on needs analysis and closing',
  'engine.owner.slowWins': 'Wins take {days} against {team} for the team: agree a next step at every meeting',
  'engine.stale.age': 'Open for {age}, over twice the median time to win ({median})',
  'engine.stale.conversations': counted({
    one: '{conversations} conversation, more than 3 in 4 won deals needed ({p75})',
    other: '{conversations} conversations, more than 3 in 4 won deals needed ({p75})',
  }),
  'engine.stale.both': '{age}; {conversations}',
} satisfies MessageTable<string>;

export const pl: MessageTable<keyof typeof en> = {
  'engine.target.higher': '≥ {v}',
  'engine.target.lower': '≤ {v}',
  'engine.count.deals': counted({
    one: '{n} transakcja',
    few: '{n} transakcje',
    many: '{n} transakcji',
    other: '{n} transakcji',
  }),
  'engine.count.customers': counted({
    one: '{n} klient',
    few: '{n} klientów',
    many: '{n} klientów',
    other: '{n} klienta',
  }),
  'engine.count.responses': counted({
    one: '{n} odpowiedź',
    few: '{n} odpowiedzi',
    many: '{n} odpowiedzi',
    other: '{n} odpowiedzi',
  }),

  'engine.tab.deals': 'Transakcje',
  'engine.tab.channels': 'Kanały',
  'engine.tab.customers': 'Klienci',
  'engine.field.deals.created': 'Data utworzenia',
  'engine.field.deals.stage': 'Etap',
  'engine.field.deals.value': 'Wartość',
  'engine.field.deals.channel': 'Kanał',
  'engine.field.deals.closed': 'Data zamknięcia',
  'engine.field.deals.customer': 'Klient',
  'engine.field.deals.owner': 'Handlowiec',
  'engine.field.deals.conversations': 'Liczba rozmów',
  'engine.field.deals.type': 'Typ',
  'engine.field.deals.delivered': 'Data dostawy',
  'engine.field.deals.followUp': 'Kontakt po dostawie',
  'engine.field.deals.id': 'ID transakcji',
  'engine.field.deals.name': 'Nazwa',
  'engine.field.deals.lostReason': 'Powód przegranej',
  'engine.field.channels.channel': 'Kanał',
  'engine.field.channels.cost': 'Koszt',
  'engine.field.channels.date': 'Data',
  'engine.field.customers.customer': 'Klient',
  'engine.field.customers.status': 'Status',
  'engine.field.customers.lastContact': 'Ostatni kontakt',
  'engine.field.customers.satisfaction': 'Zadowolenie',
  'engine.field.customers.nps': 'NPS',
  'engine.field.customers.firstLine': 'Pierwsza linia kontaktu',
  'engine.field.customers.support': 'Wsparcie',
  'engine.hint.addColumn': 'Dodaj kolumnę „{column}” na karcie {tab}, aby zobaczyć ten wskaźnik.',
  'engine.hint.addTab': 'Dodaj kartę {tab} z kolumną „{column}”, aby zobaczyć ten wskaźnik.',
  'engine.hint.typeOrCustomer':
    'Dodaj na karcie Transakcje kolumnę „Typ” (Nowy / Up-sell / Cross-sell) albo „Klient”, aby zobaczyć ten wskaźnik.',

  'engine.note.plain': '{finding}.',
  'engine.note.withAdvice': '{finding} — {advice}.',
  'engine.note.tooFew': '{finding} — tylko {sample}; do oceny potrzeba co najmniej {min}.',
  'engine.note.nothingToCompute': 'W okresie audytu nie ma jeszcze danych, z których można to policzyć.',
  'engine.note.zeroCost':
    'Wszystkie zapisane koszty wynoszą 0, więc CLV do CAC nie da się policzyć — wpisz koszty kanałów na karcie Kanały.',
  'engine.note.emptyColumn':
    'Kolumna „{column}” na karcie {tab} jest pusta — uzupełnij ją, aby zobaczyć ten wskaźnik.',
  'engine.note.npsScale':
    'Kolumna NPS nie zawiera ocen powyżej 5, więc to nie jest skala 0–10 — pytaj klientów „Jak chętnie polecisz nas znajomym?” w skali 0–10.',

  'engine.period.all': 'Wszystkie dane do {to}',
  'engine.period.last': counted({
    one: 'Ostatni miesiąc ({from} – {to})',
    few: 'Ostatnie {n} miesiące ({from} – {to})',
    many: 'Ostatnie {n} miesięcy ({from} – {to})',
    other: 'Ostatnie {n} miesiąca ({from} – {to})',
  }),
  'engine.period.range': '{from} – {to}',

  'engine.channel.none': '(brak kanału)',
  'engine.owner.none': '(brak handlowca)',
  'engine.status.none': '(brak statusu)',
  'engine.lostReason.other': '(inne powody)',
  'engine.lostReason.none': '(bez podanego powodu)',
  'engine.clv.revenue': 'liczone od przychodu',
  'engine.clv.margin': 'przy marży {pct}',
  'engine.csat.scale': 'oceny {from}–{max} na {max}',

  'engine.finding.acquisition.leads': counted({
    one: 'W okresie audytu wpłynęło 1 zapytanie',
    few: 'W okresie audytu wpłynęły {value} zapytania',
    many: 'W okresie audytu wpłynęło {value} zapytań',
    other: 'W okresie audytu wpłynęło {value} zapytania',
  }),
  'engine.advice.acquisition.leads':
    'wyznacz cel liczby zapytań dla każdego kanału i sprawdzaj go co miesiąc',
  'engine.finding.acquisition.leadToWinRate': '{value} zapytań kończy się sprzedażą',
  'engine.advice.acquisition.leadToWinRate':
    'kwalifikuj zapytania wcześniej i skup się na kanałach z najlepszą konwersją',
  'engine.finding.acquisition.blendedCac':
    'Pozyskanie nowego klienta kosztuje średnio {value} (wszystkie kanały)',
  'engine.advice.acquisition.blendedCac':
    'przesuń budżet z kanałów o najwyższym koszcie pozyskania klienta do najtańszych',
  // 6,2 razy więcej, niż kosztowało; below 1 "razy więcej" would say the opposite of the figure.
  'engine.finding.acquisition.ltvToCac': (p) =>
    fill(
      Number(p.n) >= 1
        ? 'Nowy klient przynosi {times} razy więcej, niż kosztowało jego pozyskanie'
        : 'Nowy klient przynosi tylko {times} tego, ile kosztowało jego pozyskanie',
      p,
    ),
  'engine.advice.acquisition.ltvToCac':
    'ogranicz wydatki na kanały z CLV do CAC poniżej 1 i sprzedawaj więcej obecnym klientom',
  'engine.finding.acquisition.effortSpread':
    'Kanał {maxChannel} wymaga {times} razy więcej rozmów na jedną wygraną niż kanał {minChannel}',
  'engine.advice.acquisition.effortSpread': 'ostrzej kwalifikuj zapytania z bardziej pracochłonnego kanału',

  'engine.finding.conversations.avgDaysToWin':
    'Pozyskanie klienta trwa średnio {value} od zapytania do zamknięcia',
  'engine.advice.conversations.avgDaysToWin':
    'znajdź etap, na którym transakcje czekają najdłużej, i ustal następny krok dla każdej otwartej',
  'engine.finding.conversations.medianDaysToWin': 'Mediana czasu pozyskania klienta wynosi {value}',
  'engine.advice.conversations.medianDaysToWin':
    'znajdź etap, na którym transakcje czekają najdłużej, i ustal następny krok dla każdej otwartej',
  'engine.finding.conversations.avgConversationsPerWin':
    'Średnia liczba rozmów w wygranej transakcji: {value}',
  'engine.advice.conversations.avgConversationsPerWin':
    'ustalaj cel i następny krok każdego spotkania, żeby do zamknięcia sprzedaży wystarczyło ich mniej',
  'engine.finding.conversations.conversationsPerWin':
    'Licząc także rozmowy w przegranych i otwartych transakcjach, na jedną wygraną przypada {value} (wszystkie rozmowy: {conversations}, wygrane: {won})',
  'engine.advice.conversations.conversationsPerWin':
    'kwalifikuj zapytania wcześniej i odpuszczaj transakcje bez szans, żeby mniej rozmów szło na przegrane',
  'engine.finding.conversations.avgDealValue': 'Średnia wartość sprzedaży to {value}',
  'engine.advice.conversations.avgDealValue':
    'proponuj pakiety i wyższe warianty oferty, by podnieść wartość transakcji',
  'engine.finding.conversations.medianDealValue': 'Połowa wygranych transakcji jest warta {value} lub mniej',
  'engine.advice.conversations.medianDealValue':
    'proponuj pakiety i wyższe warianty oferty, by podnieść wartość transakcji',
  'engine.finding.conversations.avgClv': 'Średnie CLV klienta wynosi dotąd {value} ({basis})',
  'engine.advice.conversations.avgClv':
    'zaplanuj dla obecnych klientów ponowną sprzedaż, sprzedaż krzyżową i dosprzedaż',
  'engine.finding.conversations.avgDaysInFunnel':
    'Klient spędza w lejku sprzedaży średnio {value} (transakcje wygrane i przegrane)',
  'engine.advice.conversations.avgDaysInFunnel':
    'zamykaj albo odpuszczaj transakcje, które utknęły, zamiast trzymać je w lejku',
  'engine.finding.conversations.avgOpenDealAgeDays': 'Otwarte transakcje czekają w lejku średnio {value}',
  'engine.advice.conversations.avgOpenDealAgeDays':
    'przejrzyj najstarsze otwarte transakcje i ustal następny krok albo je zamknij',
  'engine.finding.conversations.staleOpenShare':
    '{value} otwartych transakcji ({stale} z {open}) trwa dłużej lub wymaga więcej rozmów niż typowa wygrana',
  'engine.advice.conversations.staleOpenShare':
    'zdecyduj o każdej transakcji z listy poniżej: ustal następny krok albo odpuść',
  'engine.finding.conversations.winRate':
    'Wygrywasz {value} zamkniętych transakcji ({won} z {closed}){detail}',
  'engine.winRate.topReason': '; najczęstszy powód przegranej to „{reason}” ({deals} z {lost} przegranych)',
  'engine.advice.winRate.both':
    'przygotuj z zespołem odpowiedź na „{reason}” i ustal następny krok dla każdej transakcji na etapie „{stage}”',
  'engine.advice.winRate.reason':
    'przygotuj z zespołem odpowiedź na najczęstszy powód przegranej: „{reason}”',
  'engine.advice.winRate.stage':
    'ustal następny krok dla każdej transakcji na etapie „{stage}”, na którym otwarte transakcje czekają najdłużej',
  'engine.advice.conversations.winRate':
    'przeanalizuj powody przegranych i przećwicz z zespołem najczęstsze obiekcje',
  'engine.finding.conversations.salesVelocity': 'Przy obecnym tempie otwarty lejek przynosi około {value}',
  'engine.advice.conversations.salesVelocity': 'podnieś skuteczność albo skróć czas pozyskania klienta',

  'engine.finding.aftersales.followUpRate': '{value} wygranych transakcji ma kontakt po dostawie',
  'engine.advice.aftersales.followUpRate': 'zaplanuj telefon kontrolny do 7 dni po dostawie',
  'engine.finding.aftersales.medianDaysToFollowUp':
    'Od dostawy do kontaktu z klientem mija {value} (mediana)',
  'engine.advice.aftersales.medianDaysToFollowUp':
    'dzwoń w ciągu tygodnia od dostawy, póki zakup jest świeży',
  'engine.finding.aftersales.csat': '{value} klientów jest zadowolonych ({scale})',
  'engine.advice.aftersales.csat':
    'zapytaj niezadowolonych klientów, co poszło nie tak, i usuń najczęstszą przyczynę',
  'engine.finding.aftersales.avgSatisfaction': 'Średnia ocena zadowolenia to {value} na {max}',
  'engine.advice.aftersales.avgSatisfaction':
    'zapytaj niezadowolonych klientów, co poszło nie tak, i usuń najczęstszą przyczynę',
  'engine.finding.aftersales.nps': 'NPS wynosi {value} (promotorzy minus krytycy)',
  'engine.advice.aftersales.nps': 'zadzwoń do krytyków (oceny 0–6) i poproś promotorów o polecenia',
  'engine.finding.aftersales.repeatRate': '{value} klientów to klienci powracający',
  'engine.advice.aftersales.repeatRate':
    'daj klientom powód do powrotu: ofertę uzupełniającą, serwis lub przegląd',
  'engine.finding.aftersales.firstLineCoverage': '{value} klientów ma przypisaną pierwszą linię kontaktu',
  'engine.advice.aftersales.firstLineCoverage':
    'przypisz opiekuna każdemu klientowi i poinformuj klienta, kto nim jest',
  'engine.finding.aftersales.supportCoverage': '{value} klientów ma zapisany plan wsparcia po zakupie',
  'engine.advice.aftersales.supportCoverage': 'ustal dla każdego klienta plan wsparcia z czasem reakcji',

  'engine.finding.relationships.overdueShare':
    '{value} klientów z planem kontaktu ma zaległy kontakt ({overdue} z {total})',
  'engine.advice.relationships.overdueShare':
    'skontaktuj się z klientami z listy poniżej, zaczynając od najdłużej zaległych',
  'engine.finding.relationships.dormantShare': '{value} klientów nie kupiło nic od ponad {days}',
  'engine.advice.relationships.dormantShare':
    'odezwij się do uśpionych klientów z czymś wartościowym, nie tylko z ofertą',
  'engine.finding.relationships.expansionShare':
    '{value} przychodu z wygranych transakcji pochodzi ze sprzedaży krzyżowej i dosprzedaży obecnym klientom',
  'engine.advice.relationships.expansionShare':
    'przy każdym kontakcie proponuj obecnym klientom kolejny produkt',

  'engine.verdict.insufficient': counted({
    one: 'Tylko 1 zamknięta transakcja — do oceny potrzeba co najmniej {min}.',
    few: 'Tylko {n} zamknięte transakcje — do oceny potrzeba co najmniej {min}.',
    many: 'Tylko {n} zamkniętych transakcji — do oceny potrzeba co najmniej {min}.',
    other: 'Tylko {n} zamkniętej transakcji — do oceny potrzeba co najmniej {min}.',
  }),
  'engine.verdict.noChannel':
    'Te transakcje nie mają wpisanego kanału — uzupełnij go, aby wiedzieć, skąd pochodzą.',
  'engine.verdict.dropLtv':
    'CLV do CAC wynosi {ltv}: pozyskanie klienta kosztuje {cac}, a przynosi on {clv} — ogranicz wydatki na ten kanał albo z niego zrezygnuj.',
  'engine.verdict.dropNoWins':
    'Ani jednej wygranej z {leads} zapytań przy koszcie {cost} — zrezygnuj z kanału albo zmień to, co w nim oferujesz.',
  'engine.verdict.strengthenLtv':
    'CLV do CAC {ltv} i konwersja {conversion} (średnio {overall}) — wzmocnij ten kanał budżetem i czasem.',
  'engine.verdict.strengthenConversion':
    'Konwersja {conversion} wobec średnio {overall} — wzmocnij ten kanał.',
  'engine.verdict.modifyLtv':
    'CLV do CAC {ltv} i konwersja {conversion} (średnio {overall}) — zmodyfikuj grupę docelową lub ofertę, zanim dołożysz budżet.',
  'engine.verdict.modifyConversion':
    'Konwersja {conversion} wobec średnio {overall} — zmodyfikuj grupę docelową lub ofertę, aby ją podnieść.',
  'engine.verdict.expensive':
    'Skuteczny, ale drogi: koszt pozyskania klienta {cac} jest ponad 1,5 raza wyższy niż mediana kanałów ({median}).',

  'engine.owner.lowWinRate':
    'Skuteczność {rate} wobec {team} w zespole: popracuj nad analizą potrzeb i domykaniem sprzedaży',
  'engine.owner.slowWins':
    'Pozyskanie klienta trwa {days} wobec {team} w zespole: ustalaj następny krok na każdym spotkaniu',
  'engine.stale.age':
    'Otwarta już {age}, ponad dwa razy dłużej niż mediana czasu pozyskania klienta ({median})',
  'engine.stale.conversations': counted({
    one: '{conversations} rozmowa, więcej niż w 3 na 4 wygranych transakcjach ({p75})',
    few: '{conversations} rozmowy, więcej niż w 3 na 4 wygranych transakcjach ({p75})',
    many: '{conversations} rozmów, więcej niż w 3 na 4 wygranych transakcjach ({p75})',
    other: '{conversations} rozmowy, więcej niż w 3 na 4 wygranych transakcjach ({p75})',
  }),
  'engine.stale.both': '{age}; {conversations}',
};
