// Texts of the input layer: column names of the tabs the add-on creates, and data-issue messages.
// An issue message is a reason followed by what was done with the row or cell.
import { counted, plural, type MessageTable } from '../format';

export const en = {
  'input.field.deals.id': 'Deal ID',
  'input.field.deals.name': 'Deal name',
  'input.field.deals.created': 'Created',
  'input.field.deals.customer': 'Customer',
  'input.field.deals.channel': 'Channel',
  'input.field.deals.owner': 'Owner',
  'input.field.deals.stage': 'Stage',
  'input.field.deals.value': 'Value',
  'input.field.deals.closed': 'Closed',
  'input.field.deals.expectedClose': 'Expected close',
  'input.field.deals.conversations': 'Conversations',
  'input.field.deals.type': 'Type',
  'input.field.deals.delivered': 'Delivered',
  'input.field.deals.followUp': 'Follow-up',
  'input.field.deals.lostReason': 'Lost reason',
  'input.field.channels.channel': 'Channel',
  'input.field.channels.date': 'Month',
  'input.field.channels.cost': 'Cost',
  'input.field.customers.customer': 'Customer',
  'input.field.customers.status': 'Status',
  'input.field.customers.lastContact': 'Last contact',
  'input.field.customers.satisfaction': 'Satisfaction',
  'input.field.customers.nps': 'NPS',
  'input.field.customers.firstLine': 'First line',
  'input.field.customers.support': 'Support plan',

  'input.effect.rowSkipped': 'The row is not used.',
  'input.effect.cellIgnored': 'The cell is ignored.',

  'input.dealsMissing':
    'No Deals tab found. Add a tab named "Deals" with one deal per row, or use Extensions → Sales Process Audit → Create input tabs.',
  'input.noHeader':
    'The tab "{tab}" is empty. Put the column headers in the first row and one record per row below them.',
  'input.missingColumn.deals':
    'The tab "{tab}" has no "{field}" column, so the audit cannot run. Its headers: {headers}. A column is read as "{field}" when its header is one of: {accepted}. {fix}',
  'input.missingColumn.other':
    'The tab "{tab}" has no "{field}" column, so its rows are not used. Its headers: {headers}. A column is read as "{field}" when its header is one of: {accepted}. {fix}',
  'input.fix.sheet':
    'Rename your column to one of these, or pick it as "{field}" under column mapping: in the sidebar (Data) or in the Audit settings tab.',
  'input.fix.commandLine':
    'Rename your column to one of these, or name it when you run the audit: --map {option}="{example}".',
  'input.quotedName': '"{name}"',
  'input.unknownOverride':
    'The settings map "{field}" to the column "{column}", which the tab "{tab}" does not have; the column found automatically is used instead. Correct the column mapping in the sidebar or the Audit settings tab.',
  'input.duplicateHeader':
    'The header "{column}" appears more than once; only its first column ({letter}) is read. Rename the other column if it holds different data.',
  'input.missingRequired': '"{column}" is empty.',
  'input.badDate': '"{value}" in "{column}" is not a date. Use a date like 2024-03-05.',
  'input.errorValue': 'The cell shows the error {value}. Fix the formula or the source data.',
  'input.futureDate': 'The date in "{column}", {date}, is after today ({today}). Check the year.',
  'input.futureClosed':
    'The deal is closed, but its date in "{column}", {date}, is after today ({today}). Check the date.',
  'input.closedBeforeCreated':
    'The date in "{column}", {closed}, is before the one in "{createdColumn}", {created}, so it is ignored.',
  'input.badNumber': '"{value}" in "{column}" is not a number.',
  'input.hugeNumber': 'The number {value} is too large to be an amount or a count; check the cell.',
  'input.implausibleDate':
    'The date {date} is before 1900 or more than ten years after today; the year is probably mistyped.',
  'input.emptyTwin':
    'Columns "{used}" and "{empty}" could both be {field}; "{used}" is read because "{empty}" is empty.',
  'input.duplicateDealId':
    '"{value}" in "{column}" is already used in row {first}; the deal is counted once, from that row.',
  'input.negativeValue': 'The value {value} is negative.',
  'input.unknownType':
    '"{value}" is not a known deal type (New, Up-sell, Cross-sell, Renewal, Existing business).',
  'input.satisfactionRange': 'The score {value} is not on a 1–5 or 0–10 scale.',
  'input.npsRange': 'The NPS answer {value} is not a whole number from 0 to 10.',
  'input.duplicateCustomer':
    'The customer "{value}" is already listed in row {first}; the first row is used and this one is not.',
  'input.suspectStage': (p) =>
    `The stage "${p.stage}" (${p.rowsText} ${plural('en', Number(p.rows), { one: 'row', other: 'rows' })}) ` +
    `is read as an open deal, but it looks like a misspelt "${p.resembles}". If it means ` +
    `${p.outcome === 'won' ? 'won' : 'lost'}, add a row to Stage mapping in the Audit settings tab: ` +
    `"${p.stage}" in column A, ${p.outcome === 'won' ? 'Won' : 'Lost'} in column B. If it is a real open ` +
    'stage, write Open there and this note goes away.',
  'input.strayQuote':
    'Line {line} of {file} opens a quote that is never closed; the line was read without it and the lines after it as rows of their own. Check this row.',
  'input.unreadableTab': '{file} could not be read ({reason}); the audit ran without it.',
  'input.unreadableSheet': 'The tab {tab} of {file} could not be read ({reason}); the audit ran without it.',
  'input.mergedCells': (p, lang) =>
    plural(lang, Number(p.count), {
      one: 'A merged range ({first}) is read with its value in every row it spans.',
      other: '{n} merged ranges (the first {first}) are read with their value in every row they span.',
    }).replace('{first}', String(p.first)),
  'input.mergedCellsBeyondLimit': counted({
    one: '{n} merged range, more than the add-on reads: {filled} of them are read with their value in every row they span, the rest count for their first row only. Unmerge the cells (Format → Merge cells → Unmerge), fill in the emptied cells and run the audit again.',
    other:
      '{n} merged ranges, more than the add-on reads: {filled} of them are read with their value in every row they span, the rest count for their first row only. Unmerge the cells (Format → Merge cells → Unmerge), fill in the emptied cells and run the audit again.',
  }),
  'input.formulaWithoutResult': (p, lang) =>
    plural(lang, Number(p.count), {
      one: 'The formula in {first} was saved without its result, so it reads as empty. Open and save the file in Excel or LibreOffice to store it.',
      other:
        '{n} formulas in this column (the first in {first}) were saved without results, so they read as empty. Open and save the file in Excel or LibreOffice to store them.',
    }).replace('{first}', String(p.first)),
} satisfies MessageTable<string>;

export const pl: MessageTable<keyof typeof en> = {
  'input.field.deals.id': 'Nr transakcji',
  'input.field.deals.name': 'Nazwa transakcji',
  'input.field.deals.created': 'Data utworzenia',
  'input.field.deals.customer': 'Klient',
  'input.field.deals.channel': 'Kanał',
  'input.field.deals.owner': 'Handlowiec',
  'input.field.deals.stage': 'Etap',
  'input.field.deals.value': 'Wartość',
  'input.field.deals.closed': 'Data zamknięcia',
  'input.field.deals.expectedClose': 'Planowana data zamknięcia',
  'input.field.deals.conversations': 'Liczba rozmów',
  'input.field.deals.type': 'Typ',
  'input.field.deals.delivered': 'Data dostawy',
  'input.field.deals.followUp': 'Kontakt po dostawie',
  'input.field.deals.lostReason': 'Powód przegranej',
  'input.field.channels.channel': 'Kanał',
  'input.field.channels.date': 'Miesiąc',
  'input.field.channels.cost': 'Koszt',
  'input.field.customers.customer': 'Klient',
  'input.field.customers.status': 'Status',
  'input.field.customers.lastContact': 'Ostatni kontakt',
  'input.field.customers.satisfaction': 'Zadowolenie',
  'input.field.customers.nps': 'NPS',
  'input.field.customers.firstLine': 'Pierwsza linia kontaktu',
  'input.field.customers.support': 'Wsparcie',

  'input.effect.rowSkipped': 'Wiersz pominięto.',
  'input.effect.cellIgnored': 'Komórkę pominięto.',

  'input.dealsMissing':
    'Nie znaleziono karty z transakcjami. Dodaj kartę „Transakcje”, na której każdy wiersz to jedna transakcja, albo w menu Rozszerzenia otwórz ten dodatek i wybierz „Utwórz karty na dane”.',
  'input.noHeader':
    'Karta „{tab}” jest pusta. W pierwszym wierszu wpisz nagłówki kolumn, a pod nimi dane – każdą pozycję w osobnym wierszu.',
  'input.missingColumn.deals':
    'Na karcie „{tab}” brakuje kolumny „{field}”, więc audytu nie da się przeprowadzić. Nagłówki tej karty: {headers}. Jako „{field}” odczytywana jest kolumna z jednym z nagłówków: {accepted}. {fix}',
  'input.missingColumn.other':
    'Na karcie „{tab}” brakuje kolumny „{field}”, więc dane z tej karty nie zostały uwzględnione w audycie. Nagłówki tej karty: {headers}. Jako „{field}” odczytywana jest kolumna z jednym z nagłówków: {accepted}. {fix}',
  'input.fix.sheet':
    'Zmień nagłówek swojej kolumny na jedną z tych nazw albo wskaż ją jako „{field}” w przypisaniu kolumn: w panelu bocznym (Dane) lub na karcie „Ustawienia audytu”.',
  'input.fix.commandLine':
    'Zmień nagłówek swojej kolumny na jedną z tych nazw albo wskaż ją przy uruchomieniu audytu: --map {option}="{example}".',
  'input.quotedName': '„{name}”',
  'input.unknownOverride':
    'W ustawieniach pole „{field}” wskazuje kolumnę „{column}”, której nie ma na karcie „{tab}”; użyto kolumny rozpoznanej automatycznie. Popraw przypisanie kolumn w panelu bocznym lub na karcie „Ustawienia audytu”.',
  'input.duplicateHeader':
    'Nagłówek „{column}” się powtarza; odczytano tylko pierwszą kolumnę o tej nazwie ({letter}). Jeśli kolejne zawierają inne dane, zmień ich nazwy.',
  'input.missingRequired': 'Brak wartości w kolumnie „{column}”.',
  'input.badDate':
    '„{value}” w kolumnie „{column}” nie jest datą. Wpisz datę w formacie 05.03.2024 lub 2024-03-05.',
  'input.errorValue': 'Komórka zawiera błąd {value}. Popraw formułę albo dane źródłowe.',
  'input.futureDate':
    'Data w kolumnie „{column}” ({date}) jest późniejsza niż dzisiejsza ({today}). Sprawdź rok.',
  'input.futureClosed':
    'Transakcja jest zamknięta, ale data w kolumnie „{column}” ({date}) jest późniejsza niż dzisiejsza ({today}). Sprawdź datę.',
  'input.closedBeforeCreated':
    'Data w kolumnie „{column}” ({closed}) jest wcześniejsza niż data w kolumnie „{createdColumn}” ({created}), więc ją pominięto.',
  'input.badNumber': '„{value}” w kolumnie „{column}” nie jest liczbą.',
  'input.hugeNumber': 'Liczba {value} jest za duża jak na kwotę czy liczbę sztuk; sprawdź komórkę.',
  'input.implausibleDate':
    'Data {date} jest sprzed 1900 roku albo o ponad dziesięć lat późniejsza od dzisiejszej; rok jest pewnie źle wpisany.',
  'input.emptyTwin':
    'Kolumny „{used}” i „{empty}” mogą obie oznaczać pole {field}; odczytano „{used}”, bo „{empty}” jest pusta.',
  'input.duplicateDealId':
    '„{value}” z kolumny „{column}” występuje już w wierszu {first}; transakcję liczymy raz, z tamtego wiersza.',
  'input.negativeValue': 'Wartość {value} jest ujemna.',
  'input.unknownType':
    '„{value}” to nieznany typ transakcji. Rozpoznawane typy: Nowy, Up-sell, Cross-sell, Odnowienie, Istniejący klient.',
  'input.satisfactionRange': 'Ocena {value} nie mieści się w skali 1–5 ani 0–10.',
  'input.npsRange': 'Ocena NPS {value} nie jest liczbą całkowitą od 0 do 10.',
  'input.duplicateCustomer':
    'Klient „{value}” występuje już w wierszu {first}; użyto pierwszego wiersza, ten pominięto.',
  'input.suspectStage': (p) =>
    `Etap „${p.stage}” (${p.rowsText} ` +
    `${plural('pl', Number(p.rows), { one: 'wiersz', few: 'wiersze', many: 'wierszy', other: 'wiersza' })}) ` +
    `jest liczony jako otwarta transakcja, ale wygląda na literówkę w „${p.resembles}”. Jeśli oznacza ` +
    `${p.outcome === 'won' ? 'wygraną' : 'przegraną'} transakcję, dodaj wiersz w sekcji „Przypisanie etapów” ` +
    `na karcie „Ustawienia audytu”: „${p.stage}” w kolumnie A, ${p.outcome === 'won' ? 'Wygrana' : 'Przegrana'} ` +
    'w kolumnie B. Jeśli to prawdziwy etap otwarty, wpisz tam Otwarta, a ta uwaga zniknie.',
  'input.strayQuote':
    'Wiersz {line} pliku {file} otwiera cudzysłów, którego nic nie zamyka; wiersz odczytano bez niego, a kolejne wiersze osobno. Sprawdź ten wiersz.',
  'input.unreadableTab': 'Nie udało się odczytać pliku {file} ({reason}); audyt wykonano bez niego.',
  'input.unreadableSheet':
    'Nie udało się odczytać karty {tab} w pliku {file} ({reason}); audyt wykonano bez niej.',
  'input.mergedCells': (p, lang) =>
    plural(lang, Number(p.count), {
      one: 'Scalony zakres ({first}) odczytano z jego wartością w każdym wierszu, który obejmuje.',
      few: '{n} scalone zakresy (pierwszy: {first}) odczytano z ich wartością w każdym wierszu, który obejmują.',
      many: '{n} scalonych zakresów (pierwszy: {first}) odczytano z ich wartością w każdym wierszu, który obejmują.',
      other:
        '{n} scalonego zakresu (pierwszy: {first}) odczytano z wartością w każdym wierszu, który obejmuje.',
    }).replace('{first}', String(p.first)),
  'input.mergedCellsBeyondLimit': counted({
    one: '{n} scalony zakres to więcej, niż dodatek odczytuje: {filled} z nich odczytano z wartością w każdym wierszu, który obejmują, pozostałe liczą się tylko w pierwszym wierszu. Rozdziel scalone komórki (Formatuj → Scal komórki), uzupełnij puste komórki i uruchom audyt ponownie.',
    few: '{n} scalone zakresy to więcej, niż dodatek odczytuje: {filled} z nich odczytano z wartością w każdym wierszu, który obejmują, pozostałe liczą się tylko w pierwszym wierszu. Rozdziel scalone komórki (Formatuj → Scal komórki), uzupełnij puste komórki i uruchom audyt ponownie.',
    many: '{n} scalonych zakresów to więcej, niż dodatek odczytuje: {filled} z nich odczytano z wartością w każdym wierszu, który obejmują, pozostałe liczą się tylko w pierwszym wierszu. Rozdziel scalone komórki (Formatuj → Scal komórki), uzupełnij puste komórki i uruchom audyt ponownie.',
    other:
      '{n} scalonego zakresu to więcej, niż dodatek odczytuje: {filled} z nich odczytano z wartością w każdym wierszu, który obejmują, pozostałe liczą się tylko w pierwszym wierszu. Rozdziel scalone komórki (Formatuj → Scal komórki), uzupełnij puste komórki i uruchom audyt ponownie.',
  }),
  'input.formulaWithoutResult': (p, lang) =>
    plural(lang, Number(p.count), {
      one: 'Formułę w {first} zapisano bez wyniku, więc odczytano ją jako pustą. Otwórz i zapisz plik w Excelu lub LibreOffice, aby zapisać wynik.',
      few: '{n} formuły w tej kolumnie (pierwsza w {first}) zapisano bez wyników, więc odczytano je jako puste. Otwórz i zapisz plik w Excelu lub LibreOffice, aby zapisać wyniki.',
      many: '{n} formuł w tej kolumnie (pierwsza w {first}) zapisano bez wyników, więc odczytano je jako puste. Otwórz i zapisz plik w Excelu lub LibreOffice, aby zapisać wyniki.',
      other:
        '{n} formuły w tej kolumnie (pierwsza w {first}) zapisano bez wyników, więc odczytano je jako puste. Otwórz i zapisz plik w Excelu lub LibreOffice, aby zapisać wyniki.',
    }).replace('{first}', String(p.first)),
};
