import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { drawCharts as DrawCharts } from '../../src/cli/chartDrawing';
import { chartFontFiles } from '../../src/cli/chartFonts';
import { CHART_FONT, chartSpec } from '../../src/cli/chartSpecs';
import { auditSpreadsheet } from '../../src/core/audit';
import { generateSalesData } from '../../src/core/sample/generator';
import { firstAuditRequest } from '../support/firstAudit';
import { buildCli, ROOT } from './runCli';

const TODAY = '2026-11-27';

describe('the chart-drawing bundle', () => {
  let dir = '';
  let drawCharts: typeof DrawCharts;
  beforeAll(async () => {
    buildCli();
    ({ drawCharts } = (await import(join(ROOT, 'build/chartDrawing.cjs'))) as {
      drawCharts: typeof DrawCharts;
    });
  });
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'spa-drawing-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('draws the same pictures from a kept compile as from a fresh one, and keeps none of the rows', async () => {
    const data = generateSalesData({ seed: 7, deals: 400, channels: 12, today: TODAY });
    const { auditPlan } = auditSpreadsheet(
      firstAuditRequest(data, TODAY, { locale: 'pl-PL', language: 'pl' }),
    );
    const specs = auditPlan.charts.map((chart) => chartSpec(auditPlan, chart));
    const options = {
      pixelRatio: 2,
      fontFamily: CHART_FONT,
      fonts: chartFontFiles(join(ROOT, 'build/fonts')),
      compiledSpecsFile: join(dir, 'specs.json'),
    };

    const fresh = await drawCharts(specs, options);
    const kept = readFileSync(options.compiledSpecsFile, 'utf8');
    const written = statSync(options.compiledSpecsFile).mtimeMs;
    expect(fresh).toHaveLength(auditPlan.charts.length);
    // A channel's name is a row of the channel chart, not part of its shape.
    expect(kept).not.toContain(String(data.channels.values[1][0]));

    const fromKept = await drawCharts(specs, options);
    // Nothing was compiled, so nothing was written again.
    expect(statSync(options.compiledSpecsFile).mtimeMs).toBe(written);
    expect(fromKept.map((png) => png.toString('base64'))).toEqual(fresh.map((png) => png.toString('base64')));
  });
});
