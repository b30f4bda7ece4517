// Renders the SVG sources of the listing's graphics to the PNG sizes the Marketplace asks for.
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';

export interface Raster {
  svgFile: string;
  width: number;
  height: number;
  outFile: string;
}

export async function renderSvg(browser: Browser, raster: Raster): Promise<void> {
  const { width, height } = raster;
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const svg = readFileSync(raster.svgFile).toString('base64');
    await page.setContent(
      `<!doctype html><style>*{margin:0}img{display:block}</style>` +
        `<img width="${width}" height="${height}" src="data:image/svg+xml;base64,${svg}">`,
      { waitUntil: 'load' },
    );
    await page.screenshot({ path: raster.outFile, omitBackground: true });
  } finally {
    await context.close();
  }
}
