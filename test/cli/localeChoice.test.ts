// The runner picks the locale, language and currency of a file from its own text (SPEC §5), and says why.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, readReport, runCli } from './runCli';

const TODAY = '2026-11-27';
let dir: string;

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'spa-locale-'));
});

// A Polish owner's export: comma-separated, amounts in zł with decimal commas (quoted), day-first dates.
const POLISH_CSV = [
  'Data zapytania,Etap,Kwota,Kanał,Data zamknięcia',
  '05.02.2026,Wygrana,"1 200,50 zł",Polecenia,03.03.2026',
  '06.02.2026,Przegrana,"800,00 zł",Polecenia,10.03.2026',
  '07.03.2026,Oferta,"2 000,00 zł",Targi,',
].join('\n');

describe('locale, language and currency of a file', () => {
  it('a Polish comma-separated CSV with amounts in zł is read as pl-PL, audited in Polish, in PLN', () => {
    writeFileSync(join(dir, 'eksport.csv'), POLISH_CSV);
    const run = runCli(['eksport.csv', '--today', TODAY], dir);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      'Odczytano jako pl-PL (5 z 5 nagłówków jest po polsku), audyt po polsku (język ustawień regionalnych), kwoty w PLN (taką walutę mają kwoty).',
    );
    const report = readReport(join(dir, 'out/eksport-audit.json'));
    expect([report.locale, report.language, report.currency]).toEqual(['pl-PL', 'pl', 'PLN']);
    // 05.02.2026 is 5 February (day first), and "1 200,50 zł" is 1200.5.
    expect(report.summary.wonValue).toBe(1200.5);
  });

  it('English headers with amounts in zł: still pl-PL, because of the currency', () => {
    const csv = ['Created,Stage,Value', '2026-02-05,Won,"1 200,50 zł"', '2026-02-06,Lost,"800 zł"'].join(
      '\n',
    );
    writeFileSync(join(dir, 'deals-zl.csv'), csv);
    const run = runCli(['deals-zl.csv', '--today', TODAY, '--lang', 'en'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      'Read as pl-PL (the amounts are in zł), audited in English (from --lang), amounts in PLN (the amounts carry it).',
    );
    expect(readReport(join(dir, 'out/deals-zl-audit.json')).summary.wonValue).toBe(1200.5);
  });

  it('an English file in dollars keeps en-US, and --locale wins over the headers', () => {
    const csv = ['Created,Stage,Value', '2026-02-05,Won,"$1,200.50"', '2026-02-06,Lost,$800'].join('\n');
    writeFileSync(join(dir, 'deals-usd.csv'), csv);
    const run = runCli(['deals-usd.csv', '--today', TODAY], dir);
    expect(run.stdout.split('\n')[0]).toBe(
      "Read as en-US (the default; pass --locale to change it), audited in English (the locale's language), amounts in USD (the amounts carry it).",
    );
    writeFileSync(join(dir, 'polskie.csv'), POLISH_CSV);
    const forced = runCli(['polskie.csv', '--today', TODAY, '--locale', 'en-GB'], dir);
    expect(forced.stdout.split('\n')[0]).toBe(
      "Read as en-GB (from --locale), audited in English (the locale's language), amounts in PLN (the amounts carry it).",
    );
  });
});
