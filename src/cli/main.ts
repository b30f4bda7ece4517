// The local runner: npm run audit -- <input> [options]. Reads the input, runs the same audit as the add-on,
// writes a copy of the workbook with the audit tab and the JSON report, and prints a short summary.
import './messages';
import type ExcelJS from 'exceljs';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { auditSpreadsheet } from '../core/audit';
import { t } from '../core/i18n/catalog';
import { OWN_TAB_NAMES } from '../core/input/tabs';
import type { Lang } from '../core/types';
import { UserError } from '../core/userError';
import { messageLanguage, parseArgs, type CliOptions } from './args';
import { carryInto, readEarlierOutput } from './continuation';
import { UNEXPECTED_ERROR_EXIT, USER_ERROR_EXIT, CliError } from './errors';
import { COPY_ROW_LIMIT, loadInput, locateInput, valuesCopy, type Notice } from './input';
import { renderChartImages } from './chartImages';
import { columnMapping } from './columnMap';
import { chooseLocale, localeLine } from './localeChoice';
import { applyResult } from './outputWorkbook';
import { checkOutputPath, outputPaths } from './outputPaths';
import { Progress } from './progress';
import { formatSummary } from './summary';

export interface Console {
  out: (text: string) => void;
  err: (text: string) => void;
  color: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

function localToday(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The run time as the user's clock shows it, with the zone offset (the audit tab prints the clock time). */
function localTimestamp(now: Date): string {
  const offset = -now.getTimezoneOffset();
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${localToday(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}${zone}`;
}

/** A run pinned with --today is stamped at noon of that day, so the same input gives the same output. */
function runTimestamp(options: CliOptions, now: Date): string {
  return options.todayGiven ? `${options.today}T12:00:00+00:00` : localTimestamp(now);
}

export async function run(argv: string[], cwd: string, io: Console): Promise<number> {
  const messagesLang = messageLanguage(argv);
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(t(messagesLang, 'cli.usage'));
    return 0;
  }
  try {
    const options = parseArgs(argv, localToday(new Date()));
    const location = locateInput(options.input, cwd);
    const paths = outputPaths(options.input, options.out, options.json, cwd);
    const history =
      options.history === null ? null : { path: resolve(cwd, options.history), shown: options.history };
    const carried = await readEarlierOutput(history, paths.xlsx);
    // An --out holding an audit history is an earlier result of this story: writing it again continues it.
    const continuesOut = history === null && carried !== null && carried.history !== null;
    checkOutputPath(paths.xlsx, location, options.force || continuesOut, cwd);
    checkOutputPath(paths.json, location, options.force || continuesOut, cwd);

    const progress = new Progress(messagesLang, io.err);
    const input = await loadInput(options.input, location, progress, { codePage: options.codePage });
    const notices: Notice[] = [...input.notices];
    if (carried && (carried.history || carried.snapshots)) {
      carryInto(input, carried);
      notices.push({
        key: 'cli.notice.continuing',
        params: { file: history ? history.shown : shown(paths.xlsx, cwd) },
      });
    }
    const choice = chooseLocale(options, input);
    const mapping = columnMapping(options.maps, input.tabs);
    if (choice.localeReason === 'decimalComma')
      for (const file of input.decimalCommaFiles)
        notices.push({ key: 'cli.notice.decimalComma', params: { file } });
    for (const notice of notices) io.err(t(messagesLang, notice.key, notice.params));

    progress.step('cli.progress.auditing');
    const result = auditSpreadsheet({
      ...input.tabs,
      today: options.today,
      generatedAt: runTimestamp(options, new Date()),
      // ExcelJS hands date cells as UTC instants of the wall-clock date; CSV cells are text.
      timeZone: 'UTC',
      locale: choice.locale,
      readIssues: input.readIssues,
      ...(options.lang ? { language: options.lang } : {}),
      ...(choice.amountsCurrency ? { currency: choice.amountsCurrency } : {}),
      ...(mapping ? { mapping } : {}),
      runner: true,
    });

    progress.step('cli.progress.writing');
    const lang: Lang = result.report.language;
    // The report first: it is the result, and the copy of a big input is the slow part.
    await writeOutput(paths.json, async (file) =>
      writeFileSync(file, `${JSON.stringify(result.report, null, 2)}\n`),
    );
    const images = await renderChartImages(result.auditPlan);
    const withAudit = (workbook: ExcelJS.Workbook) => {
      applyResult(
        workbook,
        result,
        {
          history: input.tabs.history?.name ?? null,
          newHistoryName: OWN_TAB_NAMES[lang].history,
          snapshots: input.tabs.snapshots?.name ?? null,
          newSnapshotsName: OWN_TAB_NAMES[lang].snapshots,
        },
        images,
      );
      return workbook;
    };
    try {
      await writeOutput(paths.xlsx, (file) => withAudit(input.workbook).xlsx.writeFile(file));
    } catch (error) {
      if (!(error instanceof WorkbookNotWritable)) throw error;
      // ExcelJS reads some parts it cannot write back (a LibreOffice table without a style): the copy is then
      // a new workbook of the values read, with the audit's tabs.
      const copy = valuesCopy(input.tabs, COPY_ROW_LIMIT, options.input);
      await writeOutput(paths.xlsx, (file) => withAudit(copy.workbook).xlsx.writeFile(file));
      const notices: Notice[] = [
        { key: 'cli.notice.valuesCopy', params: { input: options.input } },
        ...copy.notices,
      ];
      for (const notice of notices) io.err(t(messagesLang, notice.key, notice.params));
    }

    io.out(localeLine(choice, result.report, options));
    io.out(formatSummary(result.report, io.color));
    io.out(
      `\n${t(lang, 'cli.summary.written', { xlsx: shown(paths.xlsx, cwd), json: shown(paths.json, cwd) })}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(t(messagesLang, error.key, { usage: t(messagesLang, 'cli.usage'), ...error.params }));
      return USER_ERROR_EXIT;
    }
    // The core's own user errors (e.g. a Deals tab without a usable header) come already in the audit's language.
    if (error instanceof UserError) {
      io.err(error.message);
      return USER_ERROR_EXIT;
    }
    io.err(t(messagesLang, 'cli.error.unexpected', { message: (error as Error)?.message ?? String(error) }));
    if (argv.includes('--debug')) io.err((error as Error)?.stack ?? String(error));
    return UNEXPECTED_ERROR_EXIT;
  }
}

/** A path as the user would type it: relative to where they ran the command when it lies below it. */
function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/**
 * Writes into a new file beside the target, then renames it over the target: a link put in the target's
 * place after the checks is replaced, not written through, and a failed write leaves the old result whole.
 */
/** ExcelJS failed on the workbook's content, not the file system: another copy may still be written. */
class WorkbookNotWritable extends Error {}

async function writeOutput(path: string, write: (file: string) => Promise<unknown>): Promise<void> {
  const partial = `${path}.${process.pid}.partial`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    await write(partial);
    renameSync(partial, path);
  } catch (error) {
    try {
      rmSync(partial, { force: true });
    } catch {
      // Its folder could not be made: there is nothing to clean up.
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw new WorkbookNotWritable((error as Error).message);
    throw new CliError('cli.error.writeFailed', {
      path,
      reason: code,
    });
  }
}

if (require.main === module) {
  run(process.argv.slice(2), process.cwd(), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  }).then((code) => {
    process.exitCode = code;
  });
}
