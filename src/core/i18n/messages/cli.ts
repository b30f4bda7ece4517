// Texts of the local runner (npm run audit): usage, one-line errors, notices, progress and the summary.
import type { Lang } from '../../types';
import { plural, type MessageTable } from '../format';
import { numberWriter } from '../numberFormat';

/** A count with digit grouping: 1,000,000 · 1 000 000. */
function grouped(lang: Lang, value: string | number): string {
  return numberWriter(lang === 'pl' ? 'pl-PL' : 'en-US', { maximumFractionDigits: 3 }).format(Number(value));
}

export const en = {
  'cli.usage':
    'Usage: npm run audit -- <input.xlsx | folder of CSV files | deals.csv> [--out FILE.xlsx] [--json FILE.json] [--history FILE.xlsx] ' +
    '[--today YYYY-MM-DD] [--lang en|pl] [--locale xx-XX] [--encoding windows-1250|windows-1252] [--map field=Header]… [--force] [--debug]',
  'cli.error.badMap':
    '--map needs a field and a header, e.g. --map created="Data zapytania" (got "{value}").',
  'cli.error.mapField': '--map: there is no field "{field}". Fields: {fields}.',
  'cli.error.mapHeader': '--map {field}: the {tab} tab has no column "{header}". Its columns: {headers}.',
  'cli.error.missingInput': 'Say which file to audit. {usage}',
  'cli.error.unknownOption': 'Unknown option {option}. {usage}',
  'cli.error.missingValue': 'Option {option} needs a value. {usage}',
  'cli.error.extraArgument': 'Give one input only; "{value}" is one too many. {usage}',
  'cli.error.badToday': '--today must be a date written as YYYY-MM-DD, e.g. 2026-11-27 (got "{value}").',
  'cli.error.badLang': '--lang must be en or pl (got "{value}").',
  'cli.error.badLocale': '--locale must be a locale code such as en-US or pl-PL (got "{value}").',
  'cli.error.badEncoding': '--encoding must be windows-1250 or windows-1252 (got "{value}").',
  'cli.error.badOutExtension': '--out must name an .xlsx file (got "{path}").',
  'cli.error.badJsonExtension': '--json must name a .json file (got "{path}").',
  'cli.error.badHistoryExtension':
    '--history must name an .xlsx file written by an earlier audit (got "{path}").',
  'cli.error.notFound': 'Cannot find {path}. Check the path and try again.',
  'cli.error.unsupportedInput':
    '{path} is not an .xlsx workbook, a .csv file or a folder of CSV files. Save it as .xlsx or .csv and try again.',
  'cli.error.unreadableXlsx':
    '{path} cannot be opened as an .xlsx workbook: it is password-protected or damaged. Remove the password or save it again as .xlsx, then re-run.',
  'cli.error.unreadableFile': 'Cannot read {path}: {reason}.',
  'cli.error.noDealsTab':
    '{path} has no Deals tab. Name the tab with your deals "Deals" (or Transakcje, Opportunities, Pipeline) and re-run.',
  'cli.error.noDealsCsv':
    '{path} has no Deals CSV file. Name the file with your deals Deals.csv (or Transakcje.csv, Opportunities.csv) and re-run.',
  'cli.error.outputIsInput':
    'The output {path} is the input file; the input is never overwritten. Choose another --out or --json.',
  'cli.error.outputInsideInput':
    'The output {path} lies inside the input folder {folder}; choose an --out and --json outside it.',
  'cli.error.outputIsLink':
    'The output {path} is a symbolic link; the runner does not write through links. Choose another --out or --json, or remove the link.',
  'cli.error.outputExists':
    '{path} already exists and does not look like an earlier audit result. Choose another path, or add --force to replace it.',
  'cli.error.writeFailed':
    'Cannot write {path} ({reason}). Check that the folder can be created there and the file is not open in Excel, then try again.',
  'cli.error.unexpected': 'Unexpected error: {message}. Run with --debug for details.',
  'cli.notice.codePage':
    '{file} is not UTF-8; read it as {codePage}, which its accented letters fit best. If they look wrong, re-run with --encoding.',
  'cli.notice.codePageUnsure':
    '{file} is not UTF-8, and its letters do not tell Windows-1250 (Central European) from Windows-1252 (Western European); read it as {codePage}. If accented letters look wrong, re-run with --encoding windows-1250 or --encoding windows-1252.',
  'cli.notice.codePageGiven': '{file} is not UTF-8; read it as {codePage}, as --encoding says.',
  'cli.notice.valuesCopy':
    'ExcelJS cannot write back part of {input} (e.g. a table without a style), so the copy is a new workbook of its values, without their formatting, beside the audit tabs.',
  'cli.notice.readAsValues':
    'ExcelJS cannot open {input} whole (a part of it is damaged), so its tabs were read one by one and the copy is a new workbook of their values, without their formatting, beside the audit tabs.',
  'cli.notice.auditTabsOnly': (p) =>
    `${p.input} has ${grouped('en', p.rows)} data rows: copying them into the .xlsx would take minutes, so the copy holds the audit tabs only; the data stays in ${p.input}.`,
  'cli.notice.decimalComma':
    '{file} uses ";" and decimal commas, so it is read with --locale pl-PL. Pass --locale (and --lang) to choose otherwise.',
  'cli.notice.continuing':
    'Continuing the audits in {file}: the trend and the movement since the last audit build on them.',
  'cli.notice.ignoredCsv':
    '{file} ignored: its name is not a Deals, Channels, Customers, settings or history tab name.',
  'cli.progress.file': 'Reading {file} ({size})…',
  'cli.progress.reading': (p) => `${grouped('en', p.count)} rows read…`,
  'cli.progress.auditing': 'Auditing…',
  'cli.progress.writing': 'Writing…',
  'cli.locale.chosen':
    'Read as {locale} ({localeWhy}), audited in {language} ({languageWhy}), amounts in {currency} ({currencyWhy}).',
  'cli.locale.why.option': 'from --locale',
  'cli.locale.why.polishHeaders': '{n} of {total} headers are Polish',
  'cli.locale.why.plnAmounts': 'the amounts are in zł',
  'cli.locale.why.decimalComma': 'the CSV writes decimal commas',
  'cli.locale.why.default': 'the default; pass --locale to change it',
  'cli.language.en': 'English',
  'cli.language.pl': 'Polish',
  'cli.language.why.option': 'from --lang',
  'cli.language.why.settings': 'from the settings tab',
  'cli.language.why.locale': "the locale's language",
  'cli.currency.why.settings': 'from the settings tab',
  'cli.currency.why.amounts': 'the amounts carry it',
  'cli.currency.why.locale': "the locale's currency",
  'cli.summary.overall': 'Overall: {score} – {rating}',
  'cli.summary.written': 'Audit written to {xlsx}\nJSON report written to {json}',
} satisfies MessageTable<string>;

export const pl: MessageTable<keyof typeof en> = {
  'cli.usage':
    'Użycie: npm run audit -- <plik.xlsx | folder z plikami CSV | transakcje.csv> [--out PLIK.xlsx] [--json PLIK.json] [--history PLIK.xlsx] ' +
    '[--today RRRR-MM-DD] [--lang en|pl] [--locale xx-XX] [--encoding windows-1250|windows-1252] [--map pole=Nagłówek]… [--force] [--debug]',
  'cli.error.badMap': '--map wymaga pola i nagłówka, np. --map created="Data zapytania" (podano „{value}”).',
  'cli.error.mapField': '--map: nie ma pola „{field}”. Pola: {fields}.',
  'cli.error.mapHeader': '--map {field}: karta {tab} nie ma kolumny „{header}”. Jej kolumny: {headers}.',
  'cli.error.missingInput': 'Wskaż plik do audytu. {usage}',
  'cli.error.unknownOption': 'Nieznana opcja {option}. {usage}',
  'cli.error.missingValue': 'Opcja {option} wymaga wartości. {usage}',
  'cli.error.extraArgument': 'Podaj tylko jeden plik wejściowy; „{value}” jest nadmiarowy. {usage}',
  'cli.error.badToday': '--today musi być datą w formacie RRRR-MM-DD, np. 2026-11-27 (podano „{value}”).',
  'cli.error.badLang': '--lang może mieć wartość en lub pl (podano „{value}”).',
  'cli.error.badLocale':
    '--locale musi być kodem ustawień regionalnych, np. pl-PL lub en-US (podano „{value}”).',
  'cli.error.badEncoding': '--encoding może mieć wartość windows-1250 lub windows-1252 (podano „{value}”).',
  'cli.error.badOutExtension': '--out musi wskazywać plik .xlsx (podano „{path}”).',
  'cli.error.badJsonExtension': '--json musi wskazywać plik .json (podano „{path}”).',
  'cli.error.badHistoryExtension':
    '--history musi wskazywać plik .xlsx zapisany przez wcześniejszy audyt (podano „{path}”).',
  'cli.error.notFound': 'Nie znaleziono {path}. Sprawdź ścieżkę i spróbuj ponownie.',
  'cli.error.unsupportedInput':
    '{path} nie jest skoroszytem .xlsx, plikiem .csv ani folderem z plikami CSV. Zapisz dane jako .xlsx lub .csv i spróbuj ponownie.',
  'cli.error.unreadableXlsx':
    'Nie można otworzyć {path} jako skoroszytu .xlsx: plik jest chroniony hasłem albo uszkodzony. Usuń hasło lub zapisz plik ponownie jako .xlsx i uruchom audyt jeszcze raz.',
  'cli.error.unreadableFile': 'Nie można odczytać {path}: {reason}.',
  'cli.error.noDealsTab':
    'W {path} brakuje karty z transakcjami. Nazwij ją „Transakcje” (lub Deals, Szanse sprzedaży) i uruchom audyt ponownie.',
  'cli.error.noDealsCsv':
    'W folderze {path} brakuje pliku CSV z transakcjami. Nazwij go Transakcje.csv (lub Deals.csv) i uruchom audyt ponownie.',
  'cli.error.outputIsInput':
    'Plik wynikowy {path} to plik wejściowy, a tego nigdy nie nadpisujemy. Wybierz inne --out lub --json.',
  'cli.error.outputInsideInput':
    'Plik wynikowy {path} leży w folderze wejściowym {folder}; wskaż --out i --json poza nim.',
  'cli.error.outputIsLink':
    'Plik wynikowy {path} jest dowiązaniem symbolicznym; audyt nie zapisuje przez dowiązania. Wybierz inne --out lub --json albo usuń dowiązanie.',
  'cli.error.outputExists':
    '{path} już istnieje i nie wygląda na wynik wcześniejszego audytu. Wybierz inną ścieżkę albo dodaj --force, aby go zastąpić.',
  'cli.error.writeFailed':
    'Nie można zapisać {path} ({reason}). Sprawdź, czy da się tam utworzyć folder i czy plik nie jest otwarty w Excelu, i spróbuj ponownie.',
  'cli.error.unexpected': 'Nieoczekiwany błąd: {message}. Uruchom z opcją --debug, aby zobaczyć szczegóły.',
  'cli.notice.codePage':
    '{file} nie jest w UTF-8; odczytano go w kodowaniu {codePage}, do którego pasują jego litery. Jeśli polskie znaki wyglądają źle, uruchom ponownie z --encoding.',
  'cli.notice.codePageUnsure':
    '{file} nie jest w UTF-8, a po literach nie da się rozstrzygnąć, czy to Windows-1250 (środkowoeuropejskie), czy Windows-1252 (zachodnioeuropejskie); odczytano go jako {codePage}. Jeśli znaki wyglądają źle, uruchom ponownie z --encoding windows-1250 albo --encoding windows-1252.',
  'cli.notice.codePageGiven':
    '{file} nie jest w UTF-8; odczytano go w kodowaniu {codePage}, zgodnie z --encoding.',
  'cli.notice.valuesCopy':
    'ExcelJS nie potrafi zapisać z powrotem części pliku {input} (np. tabeli bez stylu), więc kopia to nowy skoroszyt z jego wartościami, bez formatowania, obok kart audytu.',
  'cli.notice.readAsValues':
    'ExcelJS nie potrafi otworzyć pliku {input} w całości (część pliku jest uszkodzona), więc karty odczytano po kolei, a kopia to nowy skoroszyt z ich wartościami, bez formatowania, obok kart audytu.',
  'cli.notice.auditTabsOnly': (p, lang) =>
    `${p.input} ma ${grouped(lang, p.rows)} ${plural(lang, Number(p.rows), {
      one: 'wiersz',
      few: 'wiersze',
      many: 'wierszy',
      other: 'wiersza',
    })} danych: kopiowanie ich do pliku .xlsx trwałoby kilka minut, więc kopia zawiera tylko karty audytu; dane zostają w ${p.input}.`,
  'cli.notice.decimalComma':
    '{file} używa „;” i przecinków dziesiętnych, więc odczytano go z --locale pl-PL. Podaj --locale (i --lang), aby wybrać inaczej.',
  'cli.notice.continuing':
    'Kontynuacja audytów z pliku {file}: trend i zmiany od ostatniego audytu opierają się na nich.',
  'cli.notice.ignoredCsv':
    'Pominięto {file}: jego nazwa nie odpowiada karcie transakcji, kanałów, klientów, ustawień ani historii.',
  'cli.progress.file': 'Wczytywanie pliku {file} ({size})…',
  'cli.progress.reading': (p, lang) =>
    `Wczytano: ${grouped(lang, p.count)} ${plural(lang, Number(p.count), {
      one: 'wiersz',
      few: 'wiersze',
      many: 'wierszy',
      other: 'wiersza',
    })}…`,
  'cli.progress.auditing': 'Audyt w toku…',
  'cli.progress.writing': 'Zapisywanie…',
  'cli.locale.chosen':
    'Odczytano jako {locale} ({localeWhy}), audyt po {language} ({languageWhy}), kwoty w {currency} ({currencyWhy}).',
  'cli.locale.why.option': 'z --locale',
  'cli.locale.why.polishHeaders': '{n} z {total} nagłówków jest po polsku',
  'cli.locale.why.plnAmounts': 'kwoty są w zł',
  'cli.locale.why.decimalComma': 'plik CSV ma przecinki dziesiętne',
  'cli.locale.why.default': 'domyślnie; zmień przez --locale',
  'cli.language.en': 'angielsku',
  'cli.language.pl': 'polsku',
  'cli.language.why.option': 'z --lang',
  'cli.language.why.settings': 'z karty ustawień',
  'cli.language.why.locale': 'język ustawień regionalnych',
  'cli.currency.why.settings': 'z karty ustawień',
  'cli.currency.why.amounts': 'taką walutę mają kwoty',
  'cli.currency.why.locale': 'waluta ustawień regionalnych',
  'cli.summary.overall': 'Ocena ogólna: {score} – {rating}',
  'cli.summary.written': 'Audyt zapisano w {xlsx}\nRaport JSON zapisano w {json}',
};
