import { Resvg } from '@resvg/resvg-js';
import { join } from 'node:path';
import { chartFontFiles, fontFilesFor } from '../../src/cli/chartFonts';
import { CHART_FONT, chartSpec } from '../../src/cli/chartSpecs';
import { auditSpreadsheet } from '../../src/core/audit';
import { generateSalesData } from '../../src/core/sample/generator';
import type { Lang } from '../../src/core/types';
import { firstAuditRequest } from '../support/firstAudit';
import { buildCli, ROOT } from './runCli';

const TODAY = '2026-11-27';

describe('chart fonts', () => {
  // The build writes the subset beside the runner.
  beforeAll(() => buildCli());
  const files = () => chartFontFiles(join(ROOT, 'build/fonts'));

  const svg = (text: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="80"><rect width="420" height="80" fill="white"/>` +
    `<text x="6" y="30" font-family="${CHART_FONT}" font-size="14px" font-weight="bold">${text}</text>` +
    `<text x="6" y="60" font-family="${CHART_FONT}" font-size="11px">${text}</text></svg>`;

  it('draws English and Polish chart text with the subset', () => {
    const text = 'Skuteczność zamykania (lead → wygrana) – „AV” 1 500 000 zł, −5%, Żółć…';
    expect(fontFilesFor(svg(text), files())).toEqual(files().subset);
    expect(files().subset).toEqual([
      join(ROOT, 'build/fonts/DejaVuSans.ttf'),
      join(ROOT, 'build/fonts/DejaVuSans-Bold.ttf'),
    ]);
  });

  it('draws with the whole font a chart with a letter outside the subset (Greek, Cyrillic, an emoji)', () => {
    for (const text of ['Πελάτες', 'Выставка', 'Partner 🚀'])
      expect(fontFilesFor(svg(text), files())).toEqual(files().whole);
    expect(files().whole[0]).toBe(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  });

  it('draws the same pixels with the subset as with the whole font, kerning and bold included', () => {
    const text = 'Wartość wygranych → AVATAR To Wy, 1 234,5 zł – 12%…';
    const pixels = (fonts: string[]) =>
      new Resvg(svg(text), {
        fitTo: { mode: 'zoom', value: 2 },
        font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: CHART_FONT },
      }).render().pixels;
    const whole = pixels(files().whole);
    // Not a blank picture: the text is drawn.
    expect(whole.some((byte) => byte < 128)).toBe(true);
    expect(pixels(files().subset).equals(whole)).toBe(true);
  });

  it.each<Lang>(['en', 'pl'])('keeps every letter of the audit’s charts in %s in the subset', (language) => {
    const data = generateSalesData({ seed: 7, deals: 400, channels: 12, today: TODAY });
    const { auditPlan } = auditSpreadsheet(
      firstAuditRequest(data, TODAY, { locale: language === 'pl' ? 'pl-PL' : 'en-US', language }),
    );
    expect(auditPlan.charts.length).toBeGreaterThan(0);
    const specs = JSON.stringify(auditPlan.charts.map((chart) => chartSpec(auditPlan, chart)));
    expect(fontFilesFor(specs, files())).toEqual(files().subset);
  });
});
