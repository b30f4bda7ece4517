// Draws the audit tab's charts as PNG images for the .xlsx copy: Vega-Lite compiles each specification
// to Vega, Vega renders it to SVG in Node without a browser or canvas, and resvg (a Rust renderer shipped
// as prebuilt npm packages) turns the SVG into a PNG with the DejaVu font shipped by dejavu-fonts-ttf.
import { performance } from 'node:perf_hooks';
import type { ChartPlan, SheetPlan } from '../core/types';
import { CHART_FONT, chartSpec } from './chartSpecs';

export interface ChartImage {
  chart: ChartPlan;
  png: Buffer;
}

/** Pixels per chart pixel: images stay sharp on high-density screens and in print. */
const PIXEL_RATIO = 2;

/**
 * The User Timing measure each drawing leaves in Node's performance timeline (detail: the number of
 * pictures and the CPU time, which a busy machine does not inflate as it does the wall time): npm run bench
 * reads it in the runner's process to say how much of a run the pictures take.
 */
export const CHART_DRAWING_MEASURE = 'sales-audit:chart-images';

const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

function fontFiles(): string[] {
  return FONT_FILES.map((file) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
}

/** Renders every chart of the plan; none when the plan has no charts (Vega is not even loaded). */
export async function renderChartImages(plan: SheetPlan): Promise<ChartImage[]> {
  if (plan.charts.length === 0) return [];
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  // Vega is an ES module with top-level await: only import() loads it from this CommonJS bundle.
  const [vega, vegaLite, { Resvg }] = await Promise.all([
    import('vega'),
    import('vega-lite'),
    import('@resvg/resvg-js'),
  ]);
  const fonts = fontFiles();
  const images = await Promise.all(
    plan.charts.map(async (chart) => {
      // Warnings would go to the console the runner reports on: the charts are fixed specs, tested.
      const quiet = vega.logger(vega.Error);
      const compiled = vegaLite.compile(chartSpec(plan, chart) as never, { logger: quiet }).spec;
      const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.Error });
      const svg = await view.toSVG();
      view.finalize();
      const png = new Resvg(svg, {
        fitTo: { mode: 'zoom', value: PIXEL_RATIO },
        font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: CHART_FONT },
      })
        .render()
        .asPng();
      return { chart, png: Buffer.from(png) };
    }),
  );
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  performance.measure(CHART_DRAWING_MEASURE, { start, detail: { charts: images.length, cpuMs } });
  return images;
}
