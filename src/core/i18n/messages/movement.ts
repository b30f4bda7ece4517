// Texts of the movement between audits (SPEC §1.7): deal keys, the snapshots tab, the audit tab's section.
import { plural, type MessageTable } from '../format';

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
};
