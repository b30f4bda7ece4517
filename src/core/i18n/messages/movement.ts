// Texts of the movement between audits (SPEC §1.7): deal keys, the snapshots tab, the audit tab's section.
import { counted, plural, type MessageTable } from '../format';

export const en = {
  'movement.issue.duplicateKey':
    'The deal "{key}" is also in row {first}, so the next audit could not tell them apart. Neither row is in the movement between audits; give each deal its own ID.',
  'movement.issue.noKey': ({ n }) =>
    plural('en', Number(n), {
      one: '{n} deal has no ID, name or customer, so the next audit cannot find it again: it is left out of the movement between audits. Add a Deal ID column.',
      other:
        '{n} deals have no ID, name or customer, so the next audit cannot find them again: they are left out of the movement between audits. Add a Deal ID column.',
    }),
  'engine.field.deals.expectedClose': 'Expected close',
  'tab.issue.duplicate_deal_key': 'Two deals with one key',
  'tab.issue.no_deal_key': 'Deals without ID or name',
  'movement.snapshot.run': 'Run',
  'movement.snapshot.key': 'Deal key',
  'movement.snapshot.stage': 'Stage',
  'movement.snapshot.value': 'Value',
  'movement.snapshot.expectedClose': 'Expected close',
  'movement.snapshot.owner': 'Owner',
  'action.deals.stuck': counted({
    one: 'Call about 1 deal stuck in its stage, worth {value}: agree the next step with the customer or close it',
    other:
      'Call about {n} deals stuck in their stage, worth {value}: agree the next step with each customer or close them',
  }),
  'action.deals.stuck.noValue': counted({
    one: 'Call about 1 deal stuck in its stage: agree the next step with the customer or close it',
    other: 'Call about {n} deals stuck in their stage: agree the next step with each customer or close them',
  }),
  'action.deals.slipped': counted({
    one: 'Ask why 1 deal worth {value} moved its expected close date later, and what would bring it back',
    other:
      'Ask why {n} deals worth {value} moved their expected close date later, and what would bring them back',
  }),
  'action.deals.slipped.noValue': counted({
    one: 'Ask why 1 deal moved its expected close date later, and what would bring it back',
    other: 'Ask why {n} deals moved their expected close date later, and what would bring them back',
  }),
  'tab.movement.title': 'Since the last audit',
  'tab.movement.firstRun':
    'This first audit noted where every open deal stands. What moved since then shows from the next audit run on or after',
  'tab.movement.since': 'Compared with the audit of',
  'tab.movement.col.figure': 'Deals that…',
  'tab.movement.col.deals': 'Deals',
  'tab.movement.compared': 'were open at that audit',
  'tab.movement.won': 'were won since',
  'tab.movement.lost': 'were lost since',
  'tab.movement.removed': 'are no longer in the data',
  'tab.movement.advanced': 'moved to a later stage',
  'tab.movement.movedBack': 'moved back to an earlier stage',
  'tab.movement.changedStage': 'changed to or from a stage outside the stage order',
  'tab.movement.unchanged': 'stayed in the same stage',
  'tab.movement.slipped': 'had their expected close date moved later',
  'tab.movement.stuck': 'are stuck in their stage',
  'tab.movement.newDeals': 'are new since that audit',
  'tab.movement.reopened': 'are open again, or were added late',
  'tab.movement.transitions': 'Stage changes',
  'tab.movement.transitions.empty': 'No open deal changed stage.',
  'tab.movement.col.from': 'From',
  'tab.movement.col.to': 'To',
  'tab.movement.timeInStage': 'Time in stage (open deals, median days)',
  'tab.movement.timeInStage.empty': 'No open deals.',
  'tab.movement.col.stage': 'Stage',
  'tab.movement.col.medianDays': 'Median days in stage',
  'tab.movement.slipped.title': 'Expected close date moved later',
  'tab.movement.slipped.empty': 'No expected close date moved later.',
  'tab.movement.stuck.title':
    'Stuck in their stage (twice the usual time, or 60 days when the usual time is unknown)',
  'tab.movement.stuck.empty': 'No deal is stuck in its stage.',
  'tab.movement.col.expectedClose': 'Expected close',
  'tab.movement.col.previousExpectedClose': 'Was at the last audit',
  'tab.movement.col.daysInStage': 'Days in stage',
} satisfies MessageTable<string>;

export const pl: MessageTable<keyof typeof en> = {
  'movement.issue.duplicateKey':
    'Transakcja „{key}” występuje też w wierszu {first}, więc w kolejnym audycie nie da się ich odróżnić. Żadnego z tych wierszy nie uwzględniono w zmianach między audytami; nadaj każdej transakcji własny numer.',
  'movement.issue.noKey': ({ n }) =>
    plural('pl', Number(n), {
      one: '{n} transakcja nie ma numeru, nazwy ani klienta, więc kolejny audyt jej nie odnajdzie: nie uwzględniono jej w zmianach między audytami. Dodaj kolumnę z numerem transakcji.',
      few: '{n} transakcje nie mają numeru, nazwy ani klienta, więc kolejny audyt ich nie odnajdzie: nie uwzględniono ich w zmianach między audytami. Dodaj kolumnę z numerem transakcji.',
      other:
        '{n} transakcji nie ma numeru, nazwy ani klienta, więc kolejny audyt ich nie odnajdzie: nie uwzględniono ich w zmianach między audytami. Dodaj kolumnę z numerem transakcji.',
    }),
  'engine.field.deals.expectedClose': 'Planowana data zamknięcia',
  'tab.issue.duplicate_deal_key': 'Dwie transakcje o tym samym kluczu',
  'tab.issue.no_deal_key': 'Transakcje bez numeru i nazwy',
  'movement.snapshot.run': 'Audyt',
  'movement.snapshot.key': 'Klucz transakcji',
  'movement.snapshot.stage': 'Etap',
  'movement.snapshot.value': 'Wartość',
  'movement.snapshot.expectedClose': 'Planowana data zamknięcia',
  'movement.snapshot.owner': 'Handlowiec',
  'action.deals.stuck': counted({
    one: 'Utknęła na etapie: 1 transakcja o wartości {value} — ustal z klientem następny krok albo ją zamknij',
    few: 'Utknęły na etapie: {n} transakcje o łącznej wartości {value} — ustal z każdym klientem następny krok albo je zamknij',
    many: 'Utknęło na etapie: {n} transakcji o łącznej wartości {value} — ustal z każdym klientem następny krok albo je zamknij',
    other:
      'Utknęło na etapie: {n} transakcji o łącznej wartości {value} — ustal z każdym klientem następny krok albo je zamknij',
  }),
  'action.deals.stuck.noValue': counted({
    one: 'Utknęła na etapie: 1 transakcja — ustal z klientem następny krok albo ją zamknij',
    few: 'Utknęły na etapie: {n} transakcje — ustal z każdym klientem następny krok albo je zamknij',
    many: 'Utknęło na etapie: {n} transakcji — ustal z każdym klientem następny krok albo je zamknij',
    other: 'Utknęło na etapie: {n} transakcji — ustal z każdym klientem następny krok albo je zamknij',
  }),
  'action.deals.slipped': counted({
    one: 'Przesunięta data zamknięcia: 1 transakcja o wartości {value} — zapytaj, co się stało i co przywróci termin',
    few: 'Przesunięta data zamknięcia: {n} transakcje o łącznej wartości {value} — zapytaj, co się stało i co przywróci termin',
    many: 'Przesunięta data zamknięcia: {n} transakcji o łącznej wartości {value} — zapytaj, co się stało i co przywróci termin',
    other:
      'Przesunięta data zamknięcia: {n} transakcji o łącznej wartości {value} — zapytaj, co się stało i co przywróci termin',
  }),
  'action.deals.slipped.noValue': counted({
    one: 'Przesunięta data zamknięcia: 1 transakcja — zapytaj, co się stało i co przywróci termin',
    few: 'Przesunięta data zamknięcia: {n} transakcje — zapytaj, co się stało i co przywróci termin',
    many: 'Przesunięta data zamknięcia: {n} transakcji — zapytaj, co się stało i co przywróci termin',
    other: 'Przesunięta data zamknięcia: {n} transakcji — zapytaj, co się stało i co przywróci termin',
  }),
  'tab.movement.title': 'Od ostatniego audytu',
  'tab.movement.firstRun':
    'Ten pierwszy audyt zapisał, na jakim etapie jest każda otwarta transakcja. Zmiany od tego momentu pokaże kolejny audyt, uruchomiony najwcześniej',
  'tab.movement.since': 'Porównanie z audytem z',
  'tab.movement.col.figure': 'Transakcje, które…',
  'tab.movement.col.deals': 'Transakcje',
  'tab.movement.compared': 'były otwarte w czasie tamtego audytu',
  'tab.movement.won': 'zostały od tego czasu wygrane',
  'tab.movement.lost': 'zostały od tego czasu przegrane',
  'tab.movement.removed': 'zniknęły z danych',
  'tab.movement.advanced': 'przeszły na dalszy etap',
  'tab.movement.movedBack': 'cofnęły się na wcześniejszy etap',
  'tab.movement.changedStage': 'zmieniły etap na taki spoza kolejności etapów (lub z takiego)',
  'tab.movement.unchanged': 'zostały na tym samym etapie',
  'tab.movement.slipped': 'mają przesuniętą datę zamknięcia na później',
  'tab.movement.stuck': 'utknęły na etapie',
  'tab.movement.newDeals': 'są nowe od tamtego audytu',
  'tab.movement.reopened': 'znów są otwarte albo zostały dopisane później',
  'tab.movement.transitions': 'Zmiany etapów',
  'tab.movement.transitions.empty': 'Żadna otwarta transakcja nie zmieniła etapu.',
  'tab.movement.col.from': 'Z etapu',
  'tab.movement.col.to': 'Na etap',
  'tab.movement.timeInStage': 'Czas na etapie (otwarte transakcje, mediana dni)',
  'tab.movement.timeInStage.empty': 'Brak otwartych transakcji.',
  'tab.movement.col.stage': 'Etap',
  'tab.movement.col.medianDays': 'Mediana dni na etapie',
  'tab.movement.slipped.title': 'Przesunięta data zamknięcia',
  'tab.movement.slipped.empty': 'Żadna planowana data zamknięcia nie przesunęła się na później.',
  'tab.movement.stuck.title':
    'Utknęły na etapie (dwa razy dłużej niż zwykle albo 60 dni, gdy zwykły czas nie jest znany)',
  'tab.movement.stuck.empty': 'Żadna transakcja nie utknęła na etapie.',
  'tab.movement.col.expectedClose': 'Planowana data zamknięcia',
  'tab.movement.col.previousExpectedClose': 'Data przy ostatnim audycie',
  'tab.movement.col.daysInStage': 'Dni na etapie',
};
