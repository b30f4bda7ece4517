// Vega-Lite's compile of each chart, kept in a file beside the drawing bundle for the next run. The compile
// (≈9 ms a chart) depends on the specification but not on the chart's rows, which it passes through as the
// values of a data set: the cache is keyed by the specification without its rows, holds the Vega
// specification without them, and a hit puts this run's rows back. A monthly re-audit draws charts of the same
// shape (language, titles, series, currency, slant of the labels), so it compiles nothing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeCacheFile } from './cacheFile';

type Spec = Record<string, unknown>;
interface DataSet {
  name: string;
  values?: unknown;
}
export type VegaSpec = Spec & { data?: DataSet[] };

interface KeptCompile {
  /** The Vega specification as JSON, without the rows. */
  vega: string;
  /** The data sets whose values are the chart's rows. */
  rowsIn: string[];
}

interface CacheFile {
  compiler: string;
  charts: Record<string, KeptCompile>;
}

/** Enough for the charts of a few audits (five each), in English and Polish, with and without a trend. */
const KEPT_COMPILES = 30;

function rowsOf(spec: Spec): unknown {
  return (spec.data as { values?: unknown } | undefined)?.values;
}

function keyOf(spec: Spec): string {
  const withoutRows = { ...spec, data: { ...(spec.data as object | undefined), values: null } };
  return createHash('sha256').update(JSON.stringify(withoutRows)).digest('hex');
}

function readKept(file: string, compiler: string): Record<string, KeptCompile> {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    return cache.compiler === compiler && cache.charts ? cache.charts : {};
  } catch {
    return {};
  }
}

export class CompiledSpecs {
  private readonly kept: Record<string, KeptCompile>;
  private readonly usedNow: Record<string, KeptCompile> = {};
  private compiledNow = false;

  /** `compiler` names the compiler's version: a cache of another one is not used. */
  constructor(
    private readonly file: string,
    private readonly compiler: string,
  ) {
    this.kept = readKept(file, compiler);
  }

  /** The Vega specification of `spec`: kept from an earlier run with this run's rows put in, or compiled. */
  vegaSpec(spec: Spec, compile: (spec: Spec) => object): VegaSpec {
    const key = keyOf(spec);
    const kept = this.kept[key] ?? this.usedNow[key];
    const rows = rowsOf(spec);
    if (kept) {
      this.usedNow[key] = kept;
      const vega = JSON.parse(kept.vega) as VegaSpec;
      for (const dataSet of vega.data ?? []) if (kept.rowsIn.includes(dataSet.name)) dataSet.values = rows;
      return vega;
    }
    const vega = compile(spec) as VegaSpec;
    // Vega-Lite hands the rows on as they are: the data set holding this very array is where they go. A
    // compile that changed or copied them depends on them, and is not kept.
    const rowsIn = (vega.data ?? []).filter((dataSet) => rows !== undefined && dataSet.values === rows);
    if (rows !== undefined && rowsIn.length === 0) return vega;
    this.usedNow[key] = {
      vega: JSON.stringify(vega, (name, value: unknown) =>
        name === 'values' && value === rows ? undefined : value,
      ),
      rowsIn: rowsIn.map((dataSet) => dataSet.name),
    };
    this.compiledNow = true;
    return vega;
  }

  /** Writes the file when this run compiled anything: its own compiles first, then earlier ones, up to a bound. */
  keep(): void {
    if (!this.compiledNow) return;
    const charts: Record<string, KeptCompile> = {};
    for (const [key, kept] of [...Object.entries(this.usedNow), ...Object.entries(this.kept)].slice(
      0,
      KEPT_COMPILES,
    ))
      charts[key] ??= kept;
    writeCacheFile(this.file, JSON.stringify({ compiler: this.compiler, charts } satisfies CacheFile));
  }
}
