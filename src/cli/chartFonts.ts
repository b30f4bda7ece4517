// Which font files resvg gets for a chart picture. resvg (2.6) reads and parses the font file again for
// each text of the picture, ≈0.4 ms per text with DejaVu Sans's 740 KB: a chart of 40 labels spent ≈19 ms
// on it. The build keeps a subset of the same faces with the letters below (scripts/chartFontSubset.ts,
// ≈60 KB each; glyphs, metrics and kerning unchanged), which draws the same pixels ≈5 times faster; a
// chart whose text has a letter outside it (a channel named in Greek, say) gets the whole font.
import { join } from 'node:path';

/** The DejaVu faces a chart uses: book for its labels, bold for its title and axis titles. */
export const CHART_FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

/**
 * Code points the subset keeps, first and last of each range: ASCII; Latin-1 and Latin Extended A and B
 * (Polish and the other Latin-script languages, ×, °, non-breaking space); general punctuation (dashes,
 * quotes, the ellipsis Vega ends a cut label with, the narrow spaces of number formats); currency signs;
 * arrows; mathematical operators (the minus sign of negative numbers).
 */
export const SUBSET_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e],
  [0x00a0, 0x024f],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x2190, 0x21ff],
  [0x2200, 0x22ff],
];

const hex = (codePoint: number) => `\\u{${codePoint.toString(16)}}`;
/** A character outside the subset; the SVG's markup itself is ASCII with line breaks. */
const OUTSIDE_SUBSET = new RegExp(
  `[^\\t\\n\\r${SUBSET_RANGES.map(([first, last]) => `${hex(first)}-${hex(last)}`).join('')}]`,
  'u',
);

export interface ChartFontFiles {
  /** The subset the build writes, CHART_FONT_FILES in order. */
  subset: string[];
  /** The files of the dejavu-fonts-ttf package. */
  whole: string[];
}

/** The subset in `subsetFolder`, the whole faces from node_modules. */
export function chartFontFiles(subsetFolder: string): ChartFontFiles {
  return {
    subset: CHART_FONT_FILES.map((file) => join(subsetFolder, file)),
    whole: CHART_FONT_FILES.map((file) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`)),
  };
}

/** The files to draw `svg` with: the subset when it has every letter of the picture. */
export function fontFilesFor(svg: string, files: ChartFontFiles): string[] {
  return OUTSIDE_SUBSET.test(svg) ? files.whole : files.subset;
}
