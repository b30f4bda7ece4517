// Issue 11, "Done when": the bundled demo workbook gets one verdict wherever it is read. The runner audits it
// (JSON report, .xlsx copy, console); the add-on audits the same tabs in the Sheets stand-in and hands the
// sidebar its payload, which the built sidebar shows in Chromium. The audit tab of the .xlsx, the sidebar's
// Audit view and the console must show the overall and area scores and ratings, the actions in their order with
// their amounts, and the number of data issues, all as the JSON report has them.
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figureText, scoreText } from '../../src/core/figures';
import { t } from '../../src/core/i18n/catalog';
import type { SidebarState } from '../../src/core/server-api';
import { AREA_IDS, type AuditReport } from '../../src/core/types';
import { issueTotalText } from '../../src/core/verdictText';
import { worksheetGrid } from '../../src/cli/xlsxCells';
import { buildCli, readReport, readWorkbook, ROOT, runCli } from '../cli/runCli';
import { FakeSpreadsheet } from '../support/fakeSpreadsheet';
import { loadBundle } from '../support/loadBundle';
import { fillTabs } from '../support/scenarios';
import { sidebarSession } from './harness';

const DEMO = join(ROOT, 'examples/sample-sales.xlsx');
const TODAY = '2026-11-27';

interface Verdict {
  overall: [score: string, rating: string];
  areas: [name: string, score: string, rating: string][];
  actions: [text: string, atStake: string | null][];
  issues: string;
}

/** What every surface must show, from the JSON report, written by the core's figure rules. */
function expectedVerdict(report: AuditReport): Verdict {
  const lang = report.language;
  const context = { lang, locale: report.locale, currency: report.currency };
  return {
    overall: [scoreText(report.overall.score), t(lang, `rating.${report.overall.rating}`)],
    areas: report.areas.map((area) => [
      t(lang, `area.${area.id}`),
      scoreText(area.score),
      t(lang, `rating.${area.rating}`),
    ]),
    actions: report.actions.map((action) => [
      action.text,
      action.impact.value === null ? null : figureText(action.impact.value, 'currency', context),
    ]),
    issues: issueTotalText(report.issues.length, lang),
  };
}

/** A number as a cell with an Excel format like `"$"#,##0` shows it (the formats the English demo uses). */
function shown(value: unknown, numFmt: string | undefined): string {
  if (typeof value !== 'number') return String(value);
  if (!numFmt || numFmt === 'General') return String(value);
  if (numFmt === '0') return String(Math.round(value));
  const match = /^(?:"([^"]*)")?#,##0(?:\.(0+))?(?:"([^"]*)")?$/.exec(numFmt);
  // Another format (a percentage elsewhere on the page) is marked, so reaching a compared cell fails plainly.
  if (!match) return `${value} in ${numFmt}`;
  const decimals = match[2]?.length ?? 0;
  const number = Math.abs(value).toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return `${value < 0 ? '-' : ''}${match[1] ?? ''}${number}${match[3] ?? ''}`;
}

/** The verdict as the runner's .xlsx audit sheet shows it: its summary page, read cell by cell. */
function tabVerdict(sheet: ExcelJS.Worksheet, lang: AuditReport['language']): Verdict {
  const rows: { cells: string[]; raw: ExcelJS.Row }[] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells = [1, 2, 3, 4].map((column) => {
      const cell = row.getCell(column);
      return cell.value === null || cell.value === undefined ? '' : shown(cell.value, cell.numFmt);
    });
    rows.push({ cells, raw: row });
  });
  const find = (text: string, from = 0) => rows.findIndex((row, i) => i >= from && row.cells[0] === text);
  const scoresHeader = find(t(lang, 'tab.card.area'));
  const overall = rows[scoresHeader + 1].cells;
  const areaNames = new Set(AREA_IDS.map((id) => t(lang, `area.${id}`)));
  const areas = rows
    .slice(scoresHeader + 2, find(t(lang, 'tab.selling.title')))
    .filter((row) => areaNames.has(row.cells[0]))
    .map((row): [string, string, string] => [row.cells[0], row.cells[1], row.cells[3]]);
  const actionsHeader = find(t(lang, 'tab.actions.action'));
  const actions: Verdict['actions'] = [];
  let i = actionsHeader + 1;
  for (; /^\d+\. /.test(rows[i]?.cells[0] ?? ''); i++) {
    const [text, atStake] = rows[i].cells;
    actions.push([text.replace(/^\d+\. /, ''), atStake === '—' ? null : atStake]);
  }
  return { overall: [overall[1], overall[3]], areas, actions, issues: rows[i].cells[0] };
}

/** The verdict as the runner printed it. */
function consoleVerdict(stdout: string, lang: AuditReport['language']): Verdict {
  const lines = stdout.split('\n');
  const overallLine = t(lang, 'cli.summary.overall', { score: '(\\S+)', rating: '\\[(.+)\\]' });
  const overall = lines.map((line) => new RegExp(`^${overallLine}$`).exec(line)).find(Boolean)!;
  const areas = lines
    .map((line) => /^ {2}(\S.*?)\s+(\d+|—) {2}\[(.+)\]$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match): [string, string, string] => [match[1], match[2], match[3]]);
  const atStake = t(lang, 'verdict.atStake', { value: '(.+)' });
  const actionLine = new RegExp(`^ {2}\\d+\\. \\[[^\\]]+\\] (.+?)(?: — ${atStake})?$`);
  const first = lines.indexOf(`${t(lang, 'verdict.actions')}:`);
  let end = first + 1;
  while (actionLine.test(lines[end])) end++;
  const actions = lines
    .slice(first + 1, end)
    .map((line) => actionLine.exec(line)!)
    .map((match): [string, string | null] => [match[1], match[2] ?? null]);
  // After the actions and a blank line: "1 data issue: Stage that looks misspelt 1".
  const issues = lines[end + 1];
  return { overall: [overall[1], overall[2]], areas, actions, issues: issues.split(':')[0] };
}

/** The add-on's sidebar payload for the demo's tabs, as sidebarLoad hands it over. */
async function addonSidebarState(): Promise<SidebarState> {
  const workbook = await readWorkbook(DEMO);
  const doc = new FakeSpreadsheet({ timeZone: 'UTC', locale: 'en_US' });
  fillTabs(
    doc,
    workbook.worksheets.map((sheet) => ({ name: sheet.name, values: worksheetGrid(sheet) })),
  );
  return loadBundle(doc, { now: new Date(`${TODAY}T12:00:00Z`) }).call<SidebarState>('sidebarLoad');
}

const { open } = sidebarSession();
let report: AuditReport;
let stdout: string;
let sheet: ExcelJS.Worksheet;

beforeAll(async () => {
  buildCli();
  const out = mkdtempSync(join(tmpdir(), 'spa-verdict-'));
  const run = runCli([
    DEMO,
    '--out',
    join(out, 'demo.xlsx'),
    '--json',
    join(out, 'demo.json'),
    '--today',
    TODAY,
  ]);
  expect(run).toMatchObject({ status: 0, stderr: '' });
  stdout = run.stdout;
  report = readReport(join(out, 'demo.json'));
  sheet = (await readWorkbook(join(out, 'demo.xlsx'))).getWorksheet(t(report.language, 'app.name'))!;
});

test('the demo has a verdict worth comparing: actions with amounts, data issues, every area scored', () => {
  expect(report.actions.length).toBeGreaterThanOrEqual(3);
  expect(report.actions.filter((action) => action.impact.value !== null).length).toBeGreaterThanOrEqual(3);
  expect(report.issues.length).toBeGreaterThan(0);
  expect(sheet).toBeDefined();
});

test('the audit tab of the .xlsx shows the JSON report’s verdict', () => {
  expect(tabVerdict(sheet, report.language)).toEqual(expectedVerdict(report));
});

test('the console shows the JSON report’s verdict', () => {
  expect(consoleVerdict(stdout, report.language)).toEqual(expectedVerdict(report));
});

test('the sidebar’s Audit view, fed the add-on’s payload for the same tabs, shows the JSON report’s verdict', async () => {
  const state = await addonSidebarState();
  const s = await open(state);
  const { page } = s;
  const lang = report.language;
  const scoreOf = (text: string | null) => /^(\S+) \/ 100$/.exec(text ?? '')?.[1] ?? text;
  const atStakePrefix = t(lang, 'verdict.atStake', { value: '' });
  const shownVerdict: Verdict = {
    overall: [
      scoreOf(await page.locator('.overall .score').textContent())!,
      (await page.locator('.overall .card-rating').textContent())!,
    ],
    areas: await page
      .locator('details.area summary')
      .evaluateAll((cards) =>
        cards.map((card) => [
          card.querySelector('.card-title')!.textContent!,
          card.querySelector('.card-score')!.textContent!,
          card.querySelector('.card-rating')!.textContent!,
        ]),
      ),
    actions: await page
      .locator('.action-item')
      .evaluateAll((items) =>
        items.map((item) => [
          item.querySelector('.action-text')!.textContent!,
          item.querySelector('.stake')?.textContent ?? null,
        ]),
      ),
    issues: (await page.locator('.issues-total').allTextContents()).join(' | '),
  };
  shownVerdict.areas = shownVerdict.areas.map(([name, score, rating]) => [name, scoreOf(score)!, rating]);
  shownVerdict.actions = shownVerdict.actions.map(([text, stake]) => [
    text,
    stake === null ? null : stake.slice(atStakePrefix.length),
  ]);
  expect(shownVerdict).toEqual(expectedVerdict(report));
  expect(s.pageErrors).toEqual([]);
});
