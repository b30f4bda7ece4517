// The sample data exists to show what the audit finds; this checks it still has something to find.
import { auditSpreadsheet } from '../../../src/core/audit';
import { generateSalesData } from '../../../src/core/sample/generator';

describe('an audit of the sample data', () => {
  it.each([
    ['en', 'en-US', 'Cold calling', 'Trade fairs', 'Ryan Cole'],
    ['pl', 'pl-PL', 'Zimne telefony', 'Targi', 'Kamil Zieliński'],
  ] as const)(
    '(%s) reads with the one misspelt stage reported, and finds a channel to drop, an expensive one and a weaker owner',
    (lang, locale, drop, expensive, weaker) => {
      const data = generateSalesData({ seed: 1, deals: 3000, today: '2026-11-27', lang });
      const { report } = auditSpreadsheet({
        ...data,
        settings: null,
        history: null,
        today: '2026-11-27',
        generatedAt: '2026-11-27T08:00:00.000Z',
        timeZone: 'Europe/Warsaw',
        locale,
      });
      // The sample's one slip: a stale deal's stage typed "Clsoed Won" / "Wygrna" stays open, reported once.
      expect(report.issues.map(({ tab, code, row }) => ({ tab, code, row: typeof row }))).toEqual([
        { tab: lang === 'en' ? 'Deals' : 'Transakcje', code: 'suspect_stage', row: 'number' },
      ]);
      expect(report.issues[0].message).toContain(
        lang === 'en' ? '"Clsoed Won" (1 row)' : '„Wygrna” (1 wiersz)',
      );
      expect(report.openStages).toContain(lang === 'en' ? 'Clsoed Won' : 'Wygrna');
      expect(report.input.deals.used).toBe(3000);
      expect(report.input.customers.used).toBe(600);
      expect(
        report.channels.filter((channel) => channel.verdict === 'drop').map((channel) => channel.channel),
      ).toEqual([drop]);
      expect(
        report.channels.filter((channel) => channel.expensive).map((channel) => channel.channel),
      ).toEqual([expensive]);
      expect(report.owners.filter((owner) => owner.flags.length > 0).map((owner) => owner.owner)).toEqual([
        weaker,
      ]);
      const ratings = new Set(report.areas.flatMap((area) => area.metrics.map((metric) => metric.rating)));
      expect(ratings).toEqual(new Set(['green', 'amber', 'red', 'unrated']));
    },
  );
});
