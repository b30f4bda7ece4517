// Draws chart pictures: Vega-Lite compiles each specification to Vega (or an earlier run's compile of a
// chart of the same shape is taken, compiledSpecs.ts), Vega renders it to SVG in Node (no browser, no
// canvas: text widths are Vega's estimate), resvg (a Rust renderer shipped as prebuilt npm
// packages) turns the SVG into pixels with the DejaVu font, and png.ts writes them. The build makes this
// file its own minified bundle beside the runner, Vega and Vega-Lite inside (scripts/build.mjs): Vega
// loaded from node_modules as its ~30 ES module packages took ≈0.2 s of CPU, the one file ≈0.05 s.
import { Resvg } from '@resvg/resvg-js';
import { Error as ERRORS_ONLY, logger, parse, View } from 'vega';
import { compile, version as vegaLiteVersion } from 'vega-lite';
import { fontFilesFor, type ChartFontFiles } from './chartFonts';
import type { VegaLiteSpec } from './chartSpecs';
import { CompiledSpecs } from './compiledSpecs';
import { encodePng } from './png';

export interface DrawingOptions {
  /** Pixels per chart pixel. */
  pixelRatio: number;
  /** The family the specifications name, drawn for any other. */
  fontFamily: string;
  fonts: ChartFontFiles;
  /** The file that keeps Vega-Lite's compiles for the next run (compiledSpecs.ts). */
  compiledSpecsFile: string;
}

// Warnings would go to the console the runner reports on: the charts are fixed specs, tested.
const compileQuietly = (spec: VegaLiteSpec) => compile(spec as never, { logger: logger(ERRORS_ONLY) }).spec;

async function drawChart(
  spec: VegaLiteSpec,
  compiled: CompiledSpecs,
  options: DrawingOptions,
): Promise<Buffer> {
  const vega = compiled.vegaSpec(spec, compileQuietly) as Parameters<typeof parse>[0];
  const view = new View(parse(vega), { renderer: 'none', logLevel: ERRORS_ONLY });
  const svg = await view.toSVG();
  view.finalize();
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.pixelRatio },
    font: {
      fontFiles: fontFilesFor(svg, options.fonts),
      loadSystemFonts: false,
      defaultFontFamily: options.fontFamily,
    },
  }).render();
  return encodePng(image.pixels, image.width, image.height);
}

/** The PNG picture of each specification, in order. */
export async function drawCharts(specs: VegaLiteSpec[], options: DrawingOptions): Promise<Buffer[]> {
  const compiled = new CompiledSpecs(options.compiledSpecsFile, vegaLiteVersion);
  const pictures: Buffer[] = [];
  for (const spec of specs) pictures.push(await drawChart(spec, compiled, options));
  compiled.keep();
  return pictures;
}
