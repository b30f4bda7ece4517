import { messageLanguage, parseArgs } from '../../src/cli/args';
import { CliError } from '../../src/cli/errors';

const TODAY = '2026-11-27';

function errorOf(argv: string[]): { key: string; params: object } {
  try {
    parseArgs(argv, TODAY);
  } catch (error) {
    if (error instanceof CliError) return { key: error.key, params: error.params };
    throw error;
  }
  throw new Error('expected a CliError');
}

describe('parseArgs', () => {
  it('takes the input and the defaults', () => {
    expect(parseArgs(['deals.csv'], TODAY)).toEqual({
      input: 'deals.csv',
      out: null,
      json: null,
      history: null,
      today: TODAY,
      todayGiven: false,
      lang: null,
      locale: null,
      codePage: null,
      maps: [],
      force: false,
      debug: false,
    });
  });

  it('reads every option, with a space or an equals sign', () => {
    expect(
      parseArgs(
        [
          '--lang=pl',
          'in.xlsx',
          '--out',
          'a.xlsx',
          '--json=b.json',
          '--history',
          'last-month.xlsx',
          '--today',
          '2025-01-31',
          '--locale',
          'pl-PL',
          '--encoding',
          'Windows-1252',
          '--map',
          'created=Data zapytania',
          '--force',
        ],
        TODAY,
      ),
    ).toEqual({
      input: 'in.xlsx',
      out: 'a.xlsx',
      json: 'b.json',
      history: 'last-month.xlsx',
      today: '2025-01-31',
      todayGiven: true,
      lang: 'pl',
      locale: 'pl-PL',
      codePage: 'windows-1252',
      maps: [{ field: 'created', header: 'Data zapytania' }],
      force: true,
      debug: false,
    });
  });

  it.each([
    [[], 'cli.error.missingInput', {}],
    [['a.xlsx', 'b.xlsx'], 'cli.error.extraArgument', { value: 'b.xlsx' }],
    [['a.xlsx', '--verbose'], 'cli.error.unknownOption', { option: '--verbose' }],
    [['a.xlsx', '--out'], 'cli.error.missingValue', { option: '--out' }],
    [['a.xlsx', '--today', '27.11.2026'], 'cli.error.badToday', { value: '27.11.2026' }],
    [['a.xlsx', '--today', '2026-02-30'], 'cli.error.badToday', { value: '2026-02-30' }],
    [['a.xlsx', '--lang', 'de'], 'cli.error.badLang', { value: 'de' }],
    [['a.xlsx', '--locale', 'polish please'], 'cli.error.badLocale', { value: 'polish please' }],
    [['a.xlsx', '--encoding', 'latin2'], 'cli.error.badEncoding', { value: 'latin2' }],
    [['a.xlsx', '--out', 'a.csv'], 'cli.error.badOutExtension', { path: 'a.csv' }],
    [['a.xlsx', '--json', 'a.txt'], 'cli.error.badJsonExtension', { path: 'a.txt' }],
    [['a.xlsx', '--history', 'may.csv'], 'cli.error.badHistoryExtension', { path: 'may.csv' }],
  ])('%j fails with %s', (argv, key, params) => {
    expect(errorOf(argv)).toEqual({ key, params });
  });
});

describe('messageLanguage', () => {
  it('is Polish only when --lang pl is asked for, even among bad arguments', () => {
    expect(messageLanguage(['--lang', 'pl', '--bogus'])).toBe('pl');
    expect(messageLanguage(['--lang=pl'])).toBe('pl');
    expect(messageLanguage(['x.xlsx', '--locale', 'pl-PL'])).toBe('en');
  });
});
