// Texts of the actions of SPEC §1.6 ("what to do first" / "co zrobić najpierw"): what to do, to whom or
// what, and the money at stake. Amounts and rates arrive already written in the audit's language.
import { counted, type MessageTable } from '../format';

export const en = {
  'action.spent.clv': counted({
    one: '{cost} spent this period for 1 customer who brought {value}',
    other: '{cost} spent this period for {n} customers who brought {value}',
  }),
  'action.spent.customers': counted({
    one: '{cost} spent this period for 1 customer',
    other: '{cost} spent this period for {n} customers',
  }),
  'action.spent.none': '{cost} spent this period without a single new customer',
  'action.channel.drop': 'Stop or rework {channel}: {spent}',
  'action.channel.modify': 'Rework {channel} before adding budget: {spent}',
  'action.owner.lostSales': counted({
    one: "Coach {owner} on needs analysis and closing: wins {rate} of closed deals against {team} for the team; at the team's rate, 1 closed deal would have brought {value} more",
    other:
      "Coach {owner} on needs analysis and closing: wins {rate} of closed deals against {team} for the team; at the team's rate, {n} closed deals would have brought {value} more",
  }),
  'action.owner.winRate': counted({
    one: 'Coach {owner} on needs analysis and closing: wins {rate} of 1 closed deal against {team} for the team',
    other:
      'Coach {owner} on needs analysis and closing: wins {rate} of {n} closed deals against {team} for the team',
  }),
  'action.owner.slow':
    'Help {owner} win faster: wins take {days} against {teamDays} for the team — agree a next step at every meeting',
  'action.deals.stale': counted({
    one: 'Decide on 1 stalled open deal worth {value}: agree a next step or close it as lost',
    other: 'Decide on {n} stalled open deals worth {value}: agree a next step or close them as lost',
  }),
  'action.deals.stale.noValue': counted({
    one: 'Decide on 1 stalled open deal: agree a next step or close it as lost',
    other: 'Decide on {n} stalled open deals: agree a next step or close them as lost',
  }),
  'action.customers.overdue': counted({
    one: 'Contact 1 customer overdue for contact, worth {value} in CLV',
    other: 'Contact {n} customers overdue for contact, worth {value} in CLV',
  }),
  'action.customers.overdue.noValue': counted({
    one: 'Contact 1 customer overdue for contact',
    other: 'Contact {n} customers overdue for contact',
  }),
  'action.customers.dormant': counted({
    one: 'Win back 1 dormant customer, worth {value} in CLV so far: reach out with something useful, not only an offer',
    other:
      'Win back {n} dormant customers, worth {value} in CLV so far: reach out with something useful, not only an offer',
  }),
  'action.customers.dormant.noValue': counted({
    one: 'Win back 1 dormant customer: reach out with something useful, not only an offer',
    other: 'Win back {n} dormant customers: reach out with something useful, not only an offer',
  }),
  'action.metric': '{advice}: {label} is {value} (target {target})',
  'action.question': 'Put in place what was answered No: {question}',
} satisfies MessageTable<string>;

export const pl: MessageTable<keyof typeof en> = {
  'action.spent.clv': counted({
    one: 'w tym okresie wydano {cost} na 1 klienta, który przyniósł {value}',
    other: 'w tym okresie wydano {cost} na {n} klientów, którzy przynieśli {value}',
  }),
  'action.spent.customers': counted({
    one: 'w tym okresie wydano {cost} na 1 klienta',
    other: 'w tym okresie wydano {cost} na {n} klientów',
  }),
  'action.spent.none': 'w tym okresie wydano {cost} i nie pozyskano ani jednego nowego klienta',
  'action.channel.drop': 'Zrezygnuj z kanału {channel} albo go zmień: {spent}',
  'action.channel.modify': 'Zmodyfikuj kanał {channel}, zanim dołożysz budżet: {spent}',
  'action.owner.lostSales': counted({
    one: 'Szkolenie dla: {owner} — analiza potrzeb i domykanie sprzedaży; skuteczność {rate} wobec {team} w zespole, przy skuteczności zespołu sprzedaż z 1 zamkniętej transakcji byłaby wyższa o {value}',
    other:
      'Szkolenie dla: {owner} — analiza potrzeb i domykanie sprzedaży; skuteczność {rate} wobec {team} w zespole, przy skuteczności zespołu sprzedaż z {n} zamkniętych transakcji byłaby wyższa o {value}',
  }),
  'action.owner.winRate': counted({
    one: 'Szkolenie dla: {owner} — analiza potrzeb i domykanie sprzedaży; skuteczność {rate} z 1 zamkniętej transakcji wobec {team} w zespole',
    other:
      'Szkolenie dla: {owner} — analiza potrzeb i domykanie sprzedaży; skuteczność {rate} z {n} zamkniętych transakcji wobec {team} w zespole',
  }),
  'action.owner.slow':
    'Szkolenie dla: {owner} — szybsze domykanie; pozyskanie klienta trwa {days} wobec {teamDays} w zespole, ustalaj następny krok na każdym spotkaniu',
  'action.deals.stale': counted({
    one: 'Transakcje do decyzji: 1 otwarta transakcja o wartości {value} — ustal następny krok albo zamknij ją jako przegraną',
    few: 'Transakcje do decyzji: {n} otwarte transakcje o łącznej wartości {value} — ustal następny krok albo zamknij je jako przegrane',
    many: 'Transakcje do decyzji: {n} otwartych transakcji o łącznej wartości {value} — ustal następny krok albo zamknij je jako przegrane',
    other:
      'Transakcje do decyzji: {n} otwartych transakcji o łącznej wartości {value} — ustal następny krok albo zamknij je jako przegrane',
  }),
  'action.deals.stale.noValue': counted({
    one: 'Transakcje do decyzji: 1 otwarta transakcja — ustal następny krok albo zamknij ją jako przegraną',
    few: 'Transakcje do decyzji: {n} otwarte transakcje — ustal następny krok albo zamknij je jako przegrane',
    many: 'Transakcje do decyzji: {n} otwartych transakcji — ustal następny krok albo zamknij je jako przegrane',
    other:
      'Transakcje do decyzji: {n} otwartych transakcji — ustal następny krok albo zamknij je jako przegrane',
  }),
  'action.customers.overdue': counted({
    one: 'Kontakt zaległy: odezwij się do 1 klienta o CLV {value}',
    other: 'Kontakt zaległy: odezwij się do {n} klientów o łącznym CLV {value}',
  }),
  'action.customers.overdue.noValue': counted({
    one: 'Kontakt zaległy: odezwij się do 1 klienta',
    other: 'Kontakt zaległy: odezwij się do {n} klientów',
  }),
  'action.customers.dormant': counted({
    one: 'Uśpiony klient: 1 klient o CLV {value} — odezwij się z czymś wartościowym, nie tylko z ofertą',
    other:
      'Uśpieni klienci: {n} klientów o łącznym CLV {value} — odezwij się do nich z czymś wartościowym, nie tylko z ofertą',
  }),
  'action.customers.dormant.noValue': counted({
    one: 'Uśpiony klient: 1 klient — odezwij się z czymś wartościowym, nie tylko z ofertą',
    other: 'Uśpieni klienci: {n} klientów — odezwij się do nich z czymś wartościowym, nie tylko z ofertą',
  }),
  'action.metric': '{advice}: {label} wynosi {value} (cel {target})',
  'action.question': 'Wprowadź to, na co odpowiedź brzmi „Nie”: {question}',
};
