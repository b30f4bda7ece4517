// Numbers without Intl.NumberFormat (issue 14): the written-out form is what Intl writes in en-US, en-GB and
// pl-PL, checked against Intl itself over values where rounding, grouping and signs are hard.
import { localeDecimalSeparator, parseNumber } from '../../../src/core/cells/numbers';
import { numberWriter, type NumberFormatOptions } from '../../../src/core/i18n/numberFormat';

const VALUES = [
  0,
  -0,
  1,
  -1,
  0.5,
  1.5,
  2.5,
  -2.5,
  0.125,
  0.145,
  0.285,
  0.035,
  1.005,
  0.1 + 0.2,
  999.995,
  1234,
  1234.5,
  9999.5,
  12_345,
  -12_345.678,
  123_456.789,
  1_234_567.891,
  -0.001,
  0.0004,
  57.5,
  1e15 + 0.3,
  1e21,
  1.5e300,
  -1e22,
  Infinity,
  -Infinity,
  NaN,
];

const OPTIONS: NumberFormatOptions[] = [
  { maximumFractionDigits: 0 },
  { maximumFractionDigits: 2 },
  { maximumFractionDigits: 6 },
  { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 0 },
  { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 },
];

/** Runs `body` with Intl.NumberFormat gone from the runtime, as on a runtime that lacks it. */
function withoutNumberFormat<T>(body: () => T): T {
  const saved = Intl.NumberFormat;
  Object.defineProperty(Intl, 'NumberFormat', { value: undefined, configurable: true, writable: true });
  try {
    return body();
  } finally {
    Object.defineProperty(Intl, 'NumberFormat', { value: saved, configurable: true, writable: true });
  }
}

describe('numberWriter', () => {
  it.each(['en-US', 'en-GB', 'pl-PL', 'pl', 'en'])(
    'writes what Intl writes in %s when the runtime has no Intl.NumberFormat',
    (locale) => {
      const rows = (make: (options: NumberFormatOptions) => { format(value: number): string }) =>
        OPTIONS.map((options) => {
          const writer = make(options);
          return [JSON.stringify(options), VALUES.map((value) => writer.format(value))];
        });
      const intl = rows((options) => new Intl.NumberFormat(locale, options));
      const written = withoutNumberFormat(() => rows((options) => numberWriter(locale, options)));
      expect(written).toEqual(intl);
    },
  );

  it('groups Polish thousands with a no-break space from five digits, as a Polish salesperson writes them', () => {
    const written = withoutNumberFormat(() => {
      const polish = numberWriter('pl-PL', { maximumFractionDigits: 2 });
      return [polish.format(1234.5), polish.format(12_345.678), polish.format(-1_000_000)];
    });
    expect(written).toEqual(['1234,5', '12\u00a0345,68', '-1\u00a0000\u00a0000']);
  });

  it('writes another language the English way without Intl, and uses Intl where it is', () => {
    const german = () => numberWriter('de-DE', { maximumFractionDigits: 2 }).format(1234.5);
    expect(withoutNumberFormat(german)).toBe('1,234.5');
    expect(german()).toBe('1.234,5');
  });

  it('falls back to en-US for a locale tag Intl refuses', () => {
    expect(numberWriter('not a locale!', { maximumFractionDigits: 1 }).format(1234.5)).toBe('1,234.5');
  });

  it('tells a Polish spreadsheet’s decimal comma without Intl, so 1,234 reads as one and a bit', () => {
    const read = withoutNumberFormat(() => [localeDecimalSeparator('pl-PL'), parseNumber('1,234', 'pl-PL')]);
    expect(read).toEqual([',', 1.234]);
  });
});
