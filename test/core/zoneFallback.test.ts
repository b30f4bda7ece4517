// Dates stay on their days where the runtime's Intl cannot read the spreadsheet's zone: the adapter's
// fallback reads it (the add-on's uses Utilities.formatDate), and without one the reading fails loudly.
import { localeIsDayFirst } from '../../src/core/cells/dates';
import { dateReader, dayToIso, setZoneFallback, wallClockReader, type WallClock } from '../../src/core/days';

const KIRITIMATI = 'Pacific/Kiritimati';
const HOUR = 3_600_000;
/** Kiritimati has kept UTC+14 all year since 1995: its wall clock is the instant plus 14 hours. */
const kiritimatiClock: WallClock = (date) => Math.floor(date.getTime() / 1000) * 1000 + 14 * HOUR;
/** Midnight of 2024-06-30 on Kiritimati's clocks: still 29 June in UTC. */
const MIDNIGHT = new Date('2024-06-29T10:00:00Z');

const realDateTimeFormat = Intl.DateTimeFormat;

function withIntl(dateTimeFormat: unknown, run: () => void): void {
  Object.assign(Intl, { DateTimeFormat: dateTimeFormat });
  try {
    run();
  } finally {
    Object.assign(Intl, { DateTimeFormat: realDateTimeFormat });
    setZoneFallback(null);
  }
}

/** A DateTimeFormat of a runtime without time-zone data: only UTC is known. */
function utcOnly(locales?: string, options?: Intl.DateTimeFormatOptions) {
  if (options?.timeZone && options.timeZone !== 'UTC')
    throw new RangeError(`Invalid time zone specified: ${options.timeZone}`);
  return new realDateTimeFormat(locales, options);
}

describe('reading a zone without Intl time-zone support', () => {
  it('with Intl, midnight in Kiritimati is 30 June, as the fallback reads it', () => {
    expect(dayToIso(dateReader(KIRITIMATI)(MIDNIGHT)!)).toBe('2024-06-30');
    expect(wallClockReader(KIRITIMATI)(MIDNIGHT)).toBe(kiritimatiClock(MIDNIGHT));
  });

  it.each([
    ['throws for the zone', utcOnly],
    ['is missing', undefined],
  ])('when DateTimeFormat %s, the adapter’s fallback keeps the day', (_, replacement) => {
    withIntl(replacement, () => {
      expect(() => wallClockReader(KIRITIMATI)).toThrow(
        'This runtime cannot read the time zone Pacific/Kiritimati (no Intl time-zone support).',
      );
      setZoneFallback(() => kiritimatiClock);
      expect(dayToIso(dateReader(KIRITIMATI)(MIDNIGHT)!)).toBe('2024-06-30');
      expect(dayToIso(dateReader(KIRITIMATI)(new Date('2024-06-30T09:59:59Z'))!)).toBe('2024-06-30');
      expect(dayToIso(dateReader(KIRITIMATI)(new Date('2024-06-30T10:00:00Z'))!)).toBe('2024-07-01');
      expect(wallClockReader(KIRITIMATI)(MIDNIGHT)).toBe(Date.UTC(2024, 5, 30));
    });
  });

  it('reads UTC with no Intl at all', () => {
    withIntl(undefined, () => {
      expect(dayToIso(dateReader('UTC')(MIDNIGHT)!)).toBe('2024-06-29');
      expect(wallClockReader('Etc/UTC')(new Date('2024-06-29T10:00:00.750Z'))).toBe(
        Date.UTC(2024, 5, 29, 10),
      );
    });
  });

  it('knows which locales write the month first without Intl date formatting', () => {
    withIntl(undefined, () => {
      expect(
        ['en-US', 'en', 'pl-PL', 'en-GB', 'de-DE', 'en-PH'].map((l) => localeIsDayFirst(`${l}`)),
      ).toEqual([false, false, true, true, true, false]);
    });
  });
});
