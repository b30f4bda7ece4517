import { addMonths, dateReader, dayFromParts, dayToIso, isoToDay, serialToDay } from '../../src/core/days';

describe('days', () => {
  it('counts days since 1970-01-01', () => {
    expect(isoToDay('1970-01-01')).toBe(0);
    expect(isoToDay('2024-03-05')).toBe(19787);
    expect(dayToIso(19787)).toBe('2024-03-05');
    expect(dayToIso(-1)).toBe('1969-12-31');
    expect(dayFromParts(2024, 2, 29)).toBe(19782);
  });

  it('rejects dates that do not exist and strings that are not exact ISO', () => {
    expect(dayFromParts(2023, 2, 29)).toBeNull();
    expect(dayFromParts(2024, 13, 1)).toBeNull();
    expect(dayFromParts(2024, 4, 31)).toBeNull();
    expect(dayFromParts(2024, 0, 10)).toBeNull();
    expect(dayFromParts(2024, 3, 0)).toBeNull();
    expect(dayFromParts(2024, 1.5, 1)).toBeNull();
    expect(dayFromParts(24, 3, 5)).toBeNull();
    expect(dayFromParts(1900, 2, 29)).toBeNull();
    expect(dayFromParts(2000, 2, 29)).toBe(11016);
    expect(dayFromParts(2023, 12, 31)).toBe(19722);
    expect(isoToDay('2024-3-5')).toBeNull();
    expect(isoToDay('2024-03-05T00:00')).toBeNull();
    expect(isoToDay('')).toBeNull();
  });

  it('adds months keeping the day of month, clamped to the month end', () => {
    expect(dayToIso(addMonths(isoToDay('2024-01-31')!, 1))).toBe('2024-02-29');
    expect(dayToIso(addMonths(isoToDay('2024-03-31')!, -1))).toBe('2024-02-29');
    expect(dayToIso(addMonths(isoToDay('2024-04-15')!, -12))).toBe('2023-04-15');
    expect(dayToIso(addMonths(isoToDay('2024-11-30')!, 3))).toBe('2025-02-28');
  });

  it('reads spreadsheet serial numbers, dropping the time', () => {
    expect(serialToDay(25569)).toBe(0);
    expect(dayToIso(serialToDay(45356))).toBe('2024-03-05');
    expect(dayToIso(serialToDay(45356.999))).toBe('2024-03-05');
  });

  it('reads Date cells as calendar days in the given zone', () => {
    const warsaw = dateReader('Europe/Warsaw');
    expect(dayToIso(warsaw(new Date('2024-04-15T22:30:00Z'))!)).toBe('2024-04-16');
    expect(dayToIso(warsaw(new Date('2024-04-15T21:59:00Z'))!)).toBe('2024-04-15');
    expect(dayToIso(warsaw(new Date('2024-01-15T22:59:00Z'))!)).toBe('2024-01-15');
    expect(dayToIso(warsaw(new Date('2024-01-15T23:00:00Z'))!)).toBe('2024-01-16');
    expect(dayToIso(dateReader('America/New_York')(new Date('2024-04-16T03:30:00Z'))!)).toBe('2024-04-15');
    expect(dayToIso(dateReader('Asia/Kolkata')(new Date('2024-04-15T18:30:00Z'))!)).toBe('2024-04-16');
    expect(dayToIso(dateReader('UTC')(new Date('2024-04-15T23:59:59Z'))!)).toBe('2024-04-15');
    expect(warsaw(new Date(NaN))).toBeNull();
    expect(dateReader('UTC')(new Date(NaN))).toBeNull();
  });

  it('follows daylight saving changes', () => {
    const warsaw = dateReader('Europe/Warsaw');
    // 2024-03-31 01:00Z is 03:00 CEST, just after the clocks went forward.
    expect(dayToIso(warsaw(new Date('2024-03-30T23:00:00Z'))!)).toBe('2024-03-31');
    expect(dayToIso(warsaw(new Date('2024-03-31T21:59:00Z'))!)).toBe('2024-03-31');
    expect(dayToIso(warsaw(new Date('2024-03-31T22:00:00Z'))!)).toBe('2024-04-01');
    expect(dayToIso(warsaw(new Date('2024-10-26T21:59:00Z'))!)).toBe('2024-10-26');
    expect(dayToIso(warsaw(new Date('2024-10-27T22:59:00Z'))!)).toBe('2024-10-27');
  });
});
