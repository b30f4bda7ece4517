// Build step of the runner (scripts/build.mjs): the DejaVu faces of the chart pictures cut down to the
// letters of SUBSET_RANGES, which resvg reads much faster (src/cli/chartFonts.ts says why). hb-subset
// (HarfBuzz, through subset-font) keeps the kept glyphs' outlines, metrics and kerning as they are.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { CHART_FONT_FILES, SUBSET_RANGES } from '../src/cli/chartFonts';

function subsetText(): string {
  const letters: string[] = [];
  for (const [first, last] of SUBSET_RANGES)
    for (let codePoint = first; codePoint <= last; codePoint++) letters.push(String.fromCodePoint(codePoint));
  return letters.join('');
}

/** Writes the subset of each face into `folder`, under the face's own file name. */
export async function writeChartFontSubset(folder: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  const text = subsetText();
  for (const file of CHART_FONT_FILES) {
    const whole = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
    writeFileSync(join(folder, file), await subsetFont(whole, text, { targetFormat: 'sfnt' }));
  }
}
