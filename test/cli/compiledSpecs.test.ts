import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompiledSpecs } from '../../src/cli/compiledSpecs';

type Spec = Record<string, unknown>;

/** Compiles as Vega-Lite does in the respect that matters: the rows pass through as a data set's values. */
function fakeCompiler() {
  const compiled: Spec[] = [];
  const compile = (spec: Spec) => {
    compiled.push(spec);
    return {
      title: spec.title,
      data: [
        { name: 'source_0', values: (spec.data as { values: unknown }).values },
        { name: 'data_1', source: 'source_0', transform: [{ type: 'filter', expr: 'datum.c2 > 0' }] },
        { name: 'legend', values: ['Won value', 'Win rate'] },
      ],
    };
  };
  return { compile, compiled };
}

const chart = (title: string, rows: unknown[]) => ({ title, data: { values: rows }, mark: 'bar' });
const MARCH = [{ c1: 'March', c2: 1200 }];
const APRIL = [
  { c1: 'April', c2: 900 },
  { c1: 'May', c2: 1500 },
];

describe('CompiledSpecs', () => {
  let dir = '';
  let file = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'spa-compiled-specs-'));
    file = join(dir, 'specs.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('compiles a chart once: the next run takes the kept compile with its own rows put back', () => {
    const first = fakeCompiler();
    const run1 = new CompiledSpecs(file, 'vl 6.5.0');
    expect(run1.vegaSpec(chart('Won value', MARCH), first.compile)).toEqual(
      first.compile(chart('Won value', MARCH)),
    );
    run1.keep();
    // The file holds the Vega specification, not the owner's rows.
    const kept = readFileSync(file, 'utf8');
    expect(kept).toContain('datum.c2 > 0');
    expect(kept).not.toContain('March');

    const second = fakeCompiler();
    const run2 = new CompiledSpecs(file, 'vl 6.5.0');
    expect(run2.vegaSpec(chart('Won value', APRIL), second.compile)).toEqual({
      title: 'Won value',
      data: [
        { name: 'source_0', values: APRIL },
        { name: 'data_1', source: 'source_0', transform: [{ type: 'filter', expr: 'datum.c2 > 0' }] },
        { name: 'legend', values: ['Won value', 'Win rate'] },
      ],
    });
    expect(second.compiled).toEqual([]);
  });

  it('hands out a new object on each hit, so a caller that changes one changes no other', () => {
    const { compile } = fakeCompiler();
    new CompiledSpecs(file, 'vl').vegaSpec(chart('Won value', MARCH), compile);
    const run = new CompiledSpecs(file, 'vl');
    run.vegaSpec(chart('Won value', MARCH), compile);
    run.keep();
    const again = new CompiledSpecs(file, 'vl');
    const one = again.vegaSpec(chart('Won value', MARCH), compile);
    (one.data as { name: string }[])[1].name = 'changed';
    expect((again.vegaSpec(chart('Won value', APRIL), compile).data as { name: string }[])[1].name).toBe(
      'data_1',
    );
  });

  it('compiles a chart of another shape, or with another compiler, or over a damaged file', () => {
    const { compile } = fakeCompiler();
    const run = new CompiledSpecs(file, 'vl 6.5.0');
    run.vegaSpec(chart('Won value', MARCH), compile);
    run.keep();

    const other = fakeCompiler();
    new CompiledSpecs(file, 'vl 6.5.0').vegaSpec(chart('Wartość wygranych', MARCH), other.compile);
    new CompiledSpecs(file, 'vl 6.6.0').vegaSpec(chart('Won value', MARCH), other.compile);
    writeFileSync(file, '{"compiler": "vl 6.5.0", "char');
    expect(new CompiledSpecs(file, 'vl 6.5.0').vegaSpec(chart('Won value', MARCH), other.compile)).toEqual(
      compile(chart('Won value', MARCH)),
    );
    expect(other.compiled.map((spec) => spec.title)).toEqual(['Wartość wygranych', 'Won value', 'Won value']);
  });

  it('keeps no compile that did not pass the rows on as they are', () => {
    const copying = { compiled: 0 };
    const compile = (spec: Spec) => {
      copying.compiled++;
      return { data: [{ name: 'source_0', values: [...(spec.data as { values: unknown[] }).values] }] };
    };
    for (const rows of [MARCH, APRIL]) {
      const run = new CompiledSpecs(file, 'vl');
      expect(run.vegaSpec(chart('Won value', rows), compile)).toEqual({
        data: [{ name: 'source_0', values: rows }],
      });
      run.keep();
    }
    expect(copying.compiled).toBe(2);
  });

  it('writes nothing when the run compiled nothing', () => {
    const { compile } = fakeCompiler();
    const run = new CompiledSpecs(file, 'vl');
    run.vegaSpec(chart('Won value', MARCH), compile);
    run.keep();
    writeFileSync(file, readFileSync(file, 'utf8').replace('"vl"', '"vl" '));
    const hit = new CompiledSpecs(file, 'vl');
    hit.vegaSpec(chart('Won value', APRIL), compile);
    hit.keep();
    expect(readFileSync(file, 'utf8')).toContain('"vl" ');
  });

  it('keeps this run’s compiles first and at most 30 in all', () => {
    const { compile } = fakeCompiler();
    const earlier = new CompiledSpecs(file, 'vl');
    for (let i = 0; i < 30; i++) earlier.vegaSpec(chart(`Earlier ${i}`, MARCH), compile);
    earlier.keep();
    const run = new CompiledSpecs(file, 'vl');
    run.vegaSpec(chart('New', MARCH), compile);
    run.keep();
    const titles = Object.values(
      (JSON.parse(readFileSync(file, 'utf8')) as { charts: Record<string, { vega: string }> }).charts,
    ).map((kept) => (JSON.parse(kept.vega) as { title: string }).title);
    expect(titles).toHaveLength(30);
    expect(titles[0]).toBe('New');
    expect(titles).not.toContain('Earlier 29');
  });

  it('works on where the file cannot be written', () => {
    const { compile } = fakeCompiler();
    const run = new CompiledSpecs(join(dir, 'missing', 'specs.json'), 'vl');
    run.vegaSpec(chart('Won value', MARCH), compile);
    expect(() => run.keep()).not.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
