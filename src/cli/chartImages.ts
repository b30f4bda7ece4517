// The audit tab's charts as PNG images for the .xlsx copy: the specifications of chartSpecs.ts, drawn by
// the chart-drawing bundle the build writes beside the runner (chartDrawing.ts) with the DejaVu font shipped
// by dejavu-fonts-ttf (the build's subset of it where a chart's letters allow, chartFonts.ts).
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ChartPlan, SheetPlan } from '../core/types';
import { chartFontFiles } from './chartFonts';
import { CHART_FONT, chartSpec } from './chartSpecs';
import { requireWithCodeCache } from './codeCache';

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

/** Where scripts/build.mjs writes the drawing bundle and the font subset: beside this code's bundle, cli.cjs. */
const DRAWING_BUNDLE = 'chartDrawing.cjs';
const FONT_SUBSET_FOLDER = 'fonts';
/** V8's code cache of the drawing bundle, beside it, written by the first run that draws (codeCache.ts). */
export const DRAWING_CODE_CACHE = 'chartDrawing.cache';
/** Vega-Lite's compiles of the last runs' charts, beside the bundle (compiledSpecs.ts). */
export const COMPILED_SPECS = 'chartSpecs.cache.json';

/** Renders every chart of the plan; none when the plan has no charts (the drawing is not even loaded). */
export async function renderChartImages(plan: SheetPlan): Promise<ChartImage[]> {
  if (plan.charts.length === 0) return [];
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const drawing = requireWithCodeCache<typeof import('./chartDrawing')>(
    join(__dirname, DRAWING_BUNDLE),
    join(__dirname, DRAWING_CODE_CACHE),
  );
  const pictures = await drawing.exports.drawCharts(
    plan.charts.map((chart) => chartSpec(plan, chart)),
    {
      pixelRatio: PIXEL_RATIO,
      fontFamily: CHART_FONT,
      fonts: chartFontFiles(join(__dirname, FONT_SUBSET_FOLDER)),
      compiledSpecsFile: join(__dirname, COMPILED_SPECS),
    },
  );
  drawing.keepCache();
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  performance.measure(CHART_DRAWING_MEASURE, { start, detail: { charts: pictures.length, cpuMs } });
  return plan.charts.map((chart, i) => ({ chart, png: pictures[i] }));
}
