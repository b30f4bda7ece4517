// The last run's summary (issue 14): its fingerprint, and its pieces within the Properties quotas.
import { auditSpreadsheet } from '../../src/core/audit';
import {
  decodeSummary,
  encodeSummary,
  gridExtent,
  inputFingerprint,
  PIECE_BYTES,
  sameFingerprint,
  SUMMARY_BYTES,
} from '../../src/core/lastRunSummary';
import { generateSalesData } from '../../src/core/sample/generator';
import { defaultSettings } from '../../src/core/settings/defaults';
import type { AuditReport } from '../../src/core/types';

const TODAY = '2024-06-30';

function report(lang: 'en' | 'pl', deals = 300): AuditReport {
  const data = generateSalesData({ deals, today: TODAY, seed: 1, lang });
  return auditSpreadsheet({
    ...data,
    settings: null,
    history: null,
    today: TODAY,
    generatedAt: `${TODAY}T12:00:00+02:00`,
    timeZone: 'Europe/Warsaw',
    locale: lang === 'pl' ? 'pl-PL' : 'en-US',
  }).report;
}

const settings = defaultSettings('en-US');
const deals = { name: 'Deals', rows: 301, columns: 12 };
/** The fingerprint of a Deals tab of 301 rows and 12 columns, with what a test changes. */
const take = (
  tabs: Parameters<typeof inputFingerprint>[0] = { deals },
  taken = settings,
  locale = 'en-US',
  zone = 'Europe/Warsaw',
) => inputFingerprint(tabs, taken, locale, zone);
const fingerprint = take({ deals, channels: null });
const lastRun = { generatedAt: `${TODAY}T12:00:00+02:00`, overallScore: 61, previousOverallScore: null };

describe('gridExtent', () => {
  it('gives the extent getLastRow and getLastColumn give: the data range, or 0 for an empty tab', () => {
    expect(
      gridExtent('Deals', [
        ['a', 'b'],
        ['c', ''],
      ]),
    ).toEqual({ name: 'Deals', rows: 2, columns: 2 });
    expect(gridExtent('Deals', [['']])).toEqual({ name: 'Deals', rows: 0, columns: 0 });
    expect(gridExtent('Deals', [['x']])).toEqual({ name: 'Deals', rows: 1, columns: 1 });
  });
});

describe('the fingerprint', () => {
  const variants = {
    'a row more': take({ deals: { ...deals, rows: 302 } }),
    'a column more': take({ deals: { ...deals, columns: 13 } }),
    'another tab': take({ deals: { ...deals, name: 'Deals 2' } }),
    'a channels tab': take({ deals, channels: { name: 'Channels', rows: 0, columns: 0 } }),
    'other settings': take({ deals }, { ...settings, minSample: settings.minSample + 1 }),
    'another locale': take({ deals }, settings, 'pl-PL'),
    'another zone': take({ deals }, settings, 'en-US', 'UTC'),
  };

  it('matches itself taken again', () => {
    const again = take({ deals: { ...deals }, customers: null }, defaultSettings('en-US'));
    expect(sameFingerprint(fingerprint, again)).toBe(true);
  });

  it.each(Object.entries(variants))('tells %s apart', (_, other) => {
    expect(sameFingerprint(fingerprint, other)).toBe(false);
  });
});

describe('encodeSummary and decodeSummary', () => {
  const bytes = (text: string) => Buffer.byteLength(text);

  it.each(['en', 'pl'] as const)(
    'store a %s report in pieces within the quotas and read it back whole',
    (lang) => {
      const full = report(lang);
      const parts = encodeSummary({ fingerprint, report: full, lastRun, scoreTrend: [] })!;
      expect(parts.length).toBeGreaterThan(1);
      for (const part of parts) expect(bytes(part)).toBeLessThanOrEqual(PIECE_BYTES);
      expect(parts.reduce((sum, part) => sum + bytes(part), 0)).toBeLessThanOrEqual(SUMMARY_BYTES);
      const decoded = decodeSummary(parts)!;
      expect(decoded.fingerprint).toEqual(fingerprint);
      expect(decoded.lastRun).toEqual(lastRun);
      expect(decoded.report.overall).toEqual(full.overall);
      expect(decoded.report.areas).toEqual(full.areas);
      expect(decoded.report.staleDeals).toHaveLength(Math.min(20, full.staleDeals.length));
    },
  );

  it('never cuts a character in two: four-byte characters across a piece boundary read back', () => {
    const full = report('en');
    full.channels[0].channel = '😀'.repeat(5_000);
    const parts = encodeSummary({ fingerprint, report: full, lastRun, scoreTrend: [] })!;
    for (const part of parts) {
      expect(bytes(part)).toBeLessThanOrEqual(PIECE_BYTES);
      expect(part).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
    expect(decodeSummary(parts)!.report.channels[0].channel).toBe('😀'.repeat(5_000));
  });

  it('shortens the lists until the summary fits its share of the store, and stores none when nothing fits', () => {
    const full = report('en', 2_000);
    // 60 channels with 2,000-character names: 100 KB in the 50 the sidebar lists, over the share alone.
    full.channels = Array.from({ length: 60 }, (_, i) => ({
      ...full.channels[0],
      channel: `${i}`.padEnd(2_000, 'x'),
    }));
    const parts = encodeSummary({ fingerprint, report: full, lastRun, scoreTrend: [] })!;
    const total = parts.reduce((sum, part) => sum + bytes(part), 0);
    expect(total).toBeLessThanOrEqual(SUMMARY_BYTES);
    const decoded = decodeSummary(parts)!;
    expect(decoded.report.channels.length).toBeLessThan(50);
    expect(decoded.report.channels.length).toBeGreaterThanOrEqual(5);
    expect(decoded.report.issuesTotal).toBe(full.issues.length);

    const tiny = { pieceBytes: 1_000, totalBytes: 2_000, keyBytes: 40 };
    expect(encodeSummary({ fingerprint, report: full, lastRun, scoreTrend: [] }, tiny)).toBeNull();
  });

  it.each([
    ['no pieces', []],
    ['a missing piece', ['{"fingerprint":', null]],
    ['cut JSON', ['{"fingerprint":{"format":1}']],
    ['not a summary', ['[1,2,3]']],
    ['another format', ['{"fingerprint":{"format":0},"report":{"areas":[]},"lastRun":null,"scoreTrend":[]}']],
    ['no areas', ['{"fingerprint":{"format":1},"report":{},"lastRun":null,"scoreTrend":[]}']],
  ])('read %s as no summary', (_, parts) => {
    expect(decodeSummary(parts as (string | null)[])).toBeNull();
  });
});
