// A missing required column explained in the owner's words: the headers the tab has, the names the field is
// read from, and the fix that works where the audit runs; cell issues name the column by the owner's header.
import { dealsBlocker, parseInput } from '../../../src/core/input/parseInput';
import type { Grid } from '../../../src/core/types';
import { PARSE_OPTIONS, parseDealsGrid } from './parseFixtures';

/** A Polish owner's export: inquiries dated "Data zapytania", the stage kept in "Faza sprzedaży". */
const POLISH_EXPORT: Grid = [
  ['Data zapytania', 'Klient', 'Faza sprzedaży', 'Kwota'],
  ['2024-03-01', 'Acme', 'Wygrana', '1 200 zł'],
];

const STAGE_NAMES_EN =
  '"Stage", "Deal Stage", "Stage Name", "Opportunity Stage", "deal_stage", "dealstage", "Status", "Deal Status", "Etap", "Etap sprzedaży", "Status transakcji", "Faza", "Wynik"';
const STAGE_NAMES_PL =
  '„Stage”, „Deal Stage”, „Stage Name”, „Opportunity Stage”, „deal_stage”, „dealstage”, „Status”, „Deal Status”, „Etap”, „Etap sprzedaży”, „Status transakcji”, „Faza”, „Wynik”';

describe('a Deals tab without a stage column', () => {
  it('in the add-on, in Polish: lists the headers found and the names accepted, and points to column mapping', () => {
    const parsed = parseDealsGrid(POLISH_EXPORT, { lang: 'pl' });
    expect(dealsBlocker(parsed)?.message).toBe(
      'Na karcie „Deals” brakuje kolumny „Etap”, więc audytu nie da się przeprowadzić. ' +
        'Nagłówki tej karty: „Data zapytania”, „Klient”, „Faza sprzedaży”, „Kwota”. ' +
        `Jako „Etap” odczytywana jest kolumna z jednym z nagłówków: ${STAGE_NAMES_PL}. ` +
        'Zmień nagłówek swojej kolumny na jedną z tych nazw albo wskaż ją jako „Etap” w przypisaniu kolumn: ' +
        'w panelu bocznym (Dane) lub na karcie „Ustawienia audytu”.',
    );
  });

  it('in the runner, in Polish: offers --map with one of the owner’s own headers, not the sidebar', () => {
    const parsed = parseDealsGrid(POLISH_EXPORT, { lang: 'pl', runner: true });
    const message = dealsBlocker(parsed)!.message;
    expect(message).toBe(
      'Na karcie „Deals” brakuje kolumny „Etap”, więc audytu nie da się przeprowadzić. ' +
        'Nagłówki tej karty: „Data zapytania”, „Klient”, „Faza sprzedaży”, „Kwota”. ' +
        `Jako „Etap” odczytywana jest kolumna z jednym z nagłówków: ${STAGE_NAMES_PL}. ` +
        'Zmień nagłówek swojej kolumny na jedną z tych nazw albo wskaż ją przy uruchomieniu audytu: ' +
        '--map stage="Faza sprzedaży".',
    );
    expect(message).not.toMatch(/panel/);
  });

  it('in English, add-on and runner', () => {
    const grid: Grid = [
      ['Inquiry date', 'Company', 'Pipeline step', 'Amount'],
      ['2024-03-01', 'Acme', 'Won', 1200],
    ];
    const intro =
      'The tab "Deals" has no "Stage" column, so the audit cannot run. ' +
      'Its headers: "Inquiry date", "Company", "Pipeline step", "Amount". ' +
      `A column is read as "Stage" when its header is one of: ${STAGE_NAMES_EN}. `;
    expect(dealsBlocker(parseDealsGrid(grid))?.message).toBe(
      intro +
        'Rename your column to one of these, or pick it as "Stage" under column mapping: ' +
        'in the sidebar (Data) or in the Audit settings tab.',
    );
    expect(dealsBlocker(parseDealsGrid(grid, { runner: true }))?.message).toBe(
      intro +
        'Rename your column to one of these, or name it when you run the audit: --map stage="Pipeline step".',
    );
  });

  it('takes the first header when every header already feeds a field', () => {
    const parsed = parseDealsGrid(
      [
        ['Created', 'Amount'],
        ['2024-03-01', 100],
      ],
      { runner: true },
    );
    expect(dealsBlocker(parsed)?.message).toMatch(/--map stage="Created"\.$/);
  });

  it('names both required columns when both are missing, one sentence each, so one fix covers both', () => {
    const grid: Grid = [
      ['Company', 'Amount'],
      ['Acme', 1200],
    ];
    const lines = dealsBlocker(parseDealsGrid(grid))!.message.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^The tab "Deals" has no "Created" column, so the audit cannot run\. /);
    expect(lines[1]).toMatch(/^The tab "Deals" has no "Stage" column, so the audit cannot run\. /);
    expect(lines[1]).toContain('Its headers: "Company", "Amount".');
  });

  it('lists at most 30 of a wide tab’s headers', () => {
    const headers = ['Created', ...Array.from({ length: 40 }, (_, i) => `Note ${i + 1}`)];
    const message = dealsBlocker(parseDealsGrid([headers, ['2024-03-01', ...headers.slice(1)]]))!.message;
    expect(message).toContain('Its headers: "Created", "Note 1", ');
    expect(message).toContain('"Note 29", …. A column is read as "Stage"');
    expect(message).not.toContain('"Note 30"');
  });
});

describe('a Customers tab without a customer column, in the runner', () => {
  it('names the tab in the --map option', () => {
    const parsed = parseInput(
      {
        deals: {
          name: 'Deals',
          values: [
            ['Created', 'Stage'],
            ['2024-03-01', 'Won'],
          ],
        },
        channels: null,
        customers: {
          name: 'Customers',
          values: [
            ['Account manager', 'Status'],
            ['Eve', 'Active'],
          ],
        },
      },
      { ...PARSE_OPTIONS, runner: true },
    );
    const issue = parsed.issues.find((i) => i.code === 'missing_column')!;
    expect(issue.message).toMatch(
      /^The tab "Customers" has no "Customer" column, so its rows are not used\. Its headers: "Account manager", "Status"\. /,
    );
    expect(issue.message).toMatch(/--map customers\.customer="Account manager"\.$/);
  });
});

describe('cell issues name the column by the owner’s header', () => {
  const grid: Grid = [
    ['Data zapytania', 'Etap', 'Data zamknięcia', 'Kwota'],
    ['2024-04-16', 'Wygrana', '', ''],
    ['2024-03-05', 'Wygrana', '2024-03-01', 'dużo'],
    ['', 'Wygrana', '', ''],
  ];

  it('in Polish, with Polish dates', () => {
    expect(parseDealsGrid(grid, { lang: 'pl' }).issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [
        2,
        'Data zapytania',
        'Data w kolumnie „Data zapytania” (16.04.2024) jest późniejsza niż dzisiejsza (15.04.2024). Sprawdź rok. Wiersz pominięto.',
      ],
      [
        3,
        'Data zamknięcia',
        'Data w kolumnie „Data zamknięcia” (01.03.2024) jest wcześniejsza niż data w kolumnie „Data zapytania” (05.03.2024), więc ją pominięto.',
      ],
      [3, 'Kwota', '„dużo” w kolumnie „Kwota” nie jest liczbą. Komórkę pominięto.'],
      [4, 'Data zapytania', 'Brak wartości w kolumnie „Data zapytania”. Wiersz pominięto.'],
    ]);
  });

  it('in English', () => {
    expect(parseDealsGrid(grid).issues.map((i) => i.message)).toEqual([
      'The date in "Data zapytania", 2024-04-16, is after today (2024-04-15). Check the year. The row is not used.',
      'The date in "Data zamknięcia", 2024-03-01, is before the one in "Data zapytania", 2024-03-05, so it is ignored.',
      '"dużo" in "Kwota" is not a number. The cell is ignored.',
      '"Data zapytania" is empty. The row is not used.',
    ]);
  });
});
