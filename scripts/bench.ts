// npm run bench: engine time (parse + metrics + plan) and heap per data size, the Spreadsheet service calls
// of one add-on run, a monthly re-run with movement, reading alone, and the local runner end to end (a
// 10,000-deal workbook with its chart pictures; a million-row CSV). A measurement, not a test: the machine
// is shared, so medians are what to quote, with the CPU time beside the wall time.
import '../test/support/registerAllMessages';
import { join } from 'node:path';
import { auditSpreadsheet } from '../src/core/audit';
import { isoToDay } from '../src/core/days';
import { parseInput } from '../src/core/input/parseInput';
import { defaultSettings } from '../src/core/settings/defaults';
import { generateSalesData } from '../src/core/sample/generator';
import { firstAuditRequest } from '../test/support/firstAudit';
import { auditServiceCalls } from '../test/support/serviceCalls';
import { median, tenths, timed, type Timed } from './benchStats';
import { measureRunner, measureWorkbookRuns } from './benchRunner';

const TODAY = '2026-11-27';
const SIZES = [1_000, 10_000, 100_000];
/** Reading alone at twice the largest size, to show it stays linear. */
const PARSE_ONLY_DEALS = 200_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** The local runner end to end on a workbook of this many deals, with its five chart pictures. */
const WORKBOOK_DEALS = 10_000;
const WORKBOOK_RUNS = Number(process.env.BENCH_WORKBOOK_RUNS ?? 5);
/** The local runner end to end on a Deals CSV of this many rows (SPEC §6: a million within 5 min, < 2 GB). */
const RUNNER_ROWS = Number(process.env.BENCH_RUNNER_ROWS ?? 1_000_000);
const json = process.argv.includes('--json');

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function measure(deals: number) {
  const data = generateSalesData({ seed: 42, deals, channels: 50, today: TODAY });
  const request = firstAuditRequest(data, TODAY);
  const runs: Timed<unknown>[] = [];
  const heaps: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const audit = timed(() => auditSpreadsheet(request));
    heaps.push((process.memoryUsage().heapUsed - before) / 2 ** 20);
    if (audit.result.report.areas.length !== 4) throw new Error('the audit returned no areas');
    runs.push(audit);
  }
  return {
    deals,
    customers: data.customers.values.length - 1,
    channels: 50,
    engineMedianMs: tenths(median(runs.map((run) => run.ms))),
    engineCpuMedianMs: tenths(median(runs.map((run) => run.cpuMs))),
    heapMb: tenths(median(heaps)),
    ...serviceCalls(data),
  };
}

/** Spreadsheet calls of a monthly re-run (of them, the snapshot's and the charts'), of opening the sidebar and of the first run. */
function serviceCalls(data: ReturnType<typeof generateSalesData>) {
  const calls = auditServiceCalls(data);
  return {
    serviceCalls: calls.documentCalls,
    snapshotCalls: calls.snapshotCalls,
    chartCalls: calls.chartCalls,
    sidebarOpeningCalls: calls.openingCalls,
    firstRunCalls: calls.firstRunCalls,
  };
}

/** Median time to read the Deals, Channels and Customers grids into records, without the audit. */
function measureParsing(deals: number) {
  const data = generateSalesData({ seed: 42, deals, channels: 50, today: TODAY });
  const { mapping, stageOutcomes } = defaultSettings('en-US');
  const options = {
    lang: 'en' as const,
    locale: 'en-US',
    timeZone: 'Europe/Warsaw',
    today: isoToDay(TODAY)!,
    mapping,
    stageOutcomes,
  };
  const runs: Timed<unknown>[] = [];
  for (let run = 0; run < RUNS; run++) {
    collectGarbage();
    const parsing = timed(() => parseInput(data, options));
    if (parsing.result.deals.length !== deals) throw new Error('the parser dropped generated deals');
    runs.push(parsing);
  }
  return {
    deals,
    customers: data.customers.values.length - 1,
    parseMedianMs: tenths(median(runs.map((run) => run.ms))),
    parseCpuMedianMs: tenths(median(runs.map((run) => run.cpuMs))),
  };
}

/**
 * A monthly re-run: the audit of a month later compared with the snapshot the first audit left, so the
 * time includes movement over every open deal (SPEC §1.7). Same data, so every open deal is matched.
 */
function measureMovement(deals: number) {
  const data = generateSalesData({ seed: 42, deals, channels: 50, today: TODAY });
  const base = { ...data, settings: null, history: null, timeZone: 'Europe/Warsaw', locale: 'en-US' };
  const first = auditSpreadsheet({ ...base, today: TODAY, generatedAt: `${TODAY}T09:00:00.000Z` });
  const snapshots = { name: 'Audit snapshots', values: [first.snapshot.header, ...first.snapshot.rows] };
  const later = '2026-12-27';
  const runs: Timed<unknown>[] = [];
  let compared = 0;
  for (let run = 0; run < RUNS; run++) {
    collectGarbage();
    const rerun = timed(() =>
      auditSpreadsheet({ ...base, snapshots, today: later, generatedAt: `${later}T09:00:00.000Z` }),
    );
    compared = rerun.result.report.movement?.compared ?? 0;
    runs.push(rerun);
  }
  return {
    deals,
    openDealsCompared: compared,
    rerunMedianMs: tenths(median(runs.map((run) => run.ms))),
    rerunCpuMedianMs: tenths(median(runs.map((run) => run.cpuMs))),
  };
}

if (!json)
  console.log(
    `Engine: parse + metrics + plan, median of ${RUNS} runs (wall, then CPU time); heap grown during one audit.`,
  );
for (const size of SIZES) {
  const row = measure(size);
  if (json) console.log(JSON.stringify(row));
  else
    console.log(
      `${String(row.deals).padStart(7)} deals, ${String(row.customers).padStart(6)} customers, ${row.channels} channels: ` +
        `${row.engineMedianMs} ms (${row.engineCpuMedianMs} ms CPU), ${row.heapMb} MB heap, ` +
        `${row.serviceCalls} Spreadsheet calls per add-on run (snapshot ${row.snapshotCalls}, charts ${row.chartCalls}), ` +
        `${row.sidebarOpeningCalls} to open the sidebar, ${row.firstRunCalls} on the first run (it creates the tabs)`,
    );
}

for (const size of SIZES) {
  const row = measureMovement(size);
  if (json) console.log(JSON.stringify(row));
  else
    console.log(
      `${String(row.deals).padStart(7)} deals, re-run a month later with movement over ` +
        `${row.openDealsCompared} open deals: ${row.rerunMedianMs} ms (${row.rerunCpuMedianMs} ms CPU)`,
    );
}

const parsing = measureParsing(PARSE_ONLY_DEALS);
if (json) console.log(JSON.stringify(parsing));
else
  console.log(
    `Reading alone, ${parsing.deals} deals and ${parsing.customers} customers: ${parsing.parseMedianMs} ms ` +
      `(${parsing.parseCpuMedianMs} ms CPU)`,
  );

async function main(): Promise<void> {
  const cli = join(__dirname, '../cli.cjs');
  const workbook = await measureWorkbookRuns(cli, WORKBOOK_DEALS, WORKBOOK_RUNS, TODAY);
  if (workbook.charts !== 5) throw new Error(`the runner drew ${workbook.charts} charts, not 5`);
  if (json) console.log(JSON.stringify(workbook));
  else
    console.log(
      `Local runner, ${workbook.deals} deals in an .xlsx with ${workbook.charts} chart pictures, medians of ` +
        `${workbook.runs} runs: ${workbook.medianSeconds} s end to end (${workbook.medianCpuSeconds} s CPU), ` +
        `of it ${workbook.chartsMedianMs} ms drawing the charts (${workbook.chartsMedianCpuMs} ms CPU; ` +
        `${workbook.chartsUncachedMs} ms, ${workbook.chartsUncachedCpuMs} ms CPU, in a first run, without the drawing's caches)`,
    );

  // One run: it takes a minute, and what matters is the order of magnitude and the peak.
  const runner = measureRunner(cli, RUNNER_ROWS, TODAY);
  if (json) console.log(JSON.stringify(runner));
  else
    console.log(
      `Local runner, ${runner.rows} deals in a ${runner.csvMb} MB CSV: ${runner.seconds} s (${runner.cpuSeconds} s CPU), ` +
        `peak ${runner.peakRssMb} MB RSS (exit ${runner.exitCode})`,
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
