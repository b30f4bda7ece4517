import { fileLocaleHints, headersMostlyPolish, isPolishHeader } from '../../../src/core/input/fileLocale';

describe('what a file says about its locale', () => {
  test.each([
    ['Data zapytania', true],
    ['Etap', true],
    ['Kwota', true],
    ['Kanał', true],
    ['Handlowiec', true],
    ['Created', false],
    ['Deal Stage', false],
    ['Amount', false],
    ['Status', false],
  ])('%s is Polish: %s', (header, polish) => {
    expect(isPolishHeader(header)).toBe(polish);
  });

  test('counts Polish headers over every tab and the currency most amounts carry', () => {
    const deals = [
      [],
      ['Data zapytania', 'Etap', 'Kwota', 'Status'],
      ['2026-01-05', 'Wygrana', '1 234,50 zł', 'x'],
      ['2026-01-06', 'Oferta', 'PLN 500', ''],
      ['2026-01-07', 'Oferta', '$20', 'I paid $5 for it'],
    ];
    const hints = fileLocaleHints([deals, [['Channel', 'Cost']]]);
    expect(hints).toEqual({ headers: 6, polishHeaders: 3, currency: 'PLN' });
    expect(headersMostlyPolish(hints)).toBe(false);
    expect(headersMostlyPolish(fileLocaleHints([deals]))).toBe(true);
  });

  test('numbers, dates and sentences carry no currency; an empty file carries nothing', () => {
    expect(
      fileLocaleHints([
        [
          ['Created', 'Value'],
          ['2026-01-05', 1200],
          ['05.01.2026', '1,200'],
        ],
      ]),
    ).toEqual({
      headers: 2,
      polishHeaders: 0,
      currency: null,
    });
    expect(fileLocaleHints([[], [[]]])).toEqual({ headers: 0, polishHeaders: 0, currency: null });
    expect(headersMostlyPolish({ headers: 0, polishHeaders: 0, currency: null })).toBe(false);
  });
});
