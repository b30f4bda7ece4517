// Parses the runner's command line: one input and a few --options, each checked with a clear message.
import { isoToDay } from '../core/days';
import type { Lang } from '../core/types';
import { CODE_PAGES, type CodePage } from './codePages';
import { CliError } from './errors';

export interface CliOptions {
  input: string;
  out: string | null;
  json: string | null;
  /** --history: an earlier output whose history and snapshots this run continues (else --out's, if it exists). */
  history: string | null;
  /** ISO YYYY-MM-DD. */
  today: string;
  /** --today was given: the run is pinned to that day, so its output is reproducible. */
  todayGiven: boolean;
  lang: Lang | null;
  /** null: not given, so the runner may pick one from the data (a ';' CSV with decimal commas). */
  locale: string | null;
  /** --encoding: the code page of CSV files that are not UTF-8; null lets the runner tell from the letters. */
  codePage: CodePage | null;
  /** --map field=Header, in the order given: `field` may name its tab, e.g. customers.status. */
  maps: { field: string; header: string }[];
  force: boolean;
  debug: boolean;
}

const VALUE_OPTIONS = [
  '--out',
  '--json',
  '--history',
  '--today',
  '--lang',
  '--locale',
  '--encoding',
] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}

/** `today` is the caller's local date, passed in so parsing stays deterministic. */
export function parseArgs(argv: string[], today: string): CliOptions {
  const values: Partial<Record<ValueOption, string>> = {};
  const inputs: string[] = [];
  const maps: CliOptions['maps'] = [];
  let force = false;
  let debug = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inlineValue] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg) : [arg, null];
    if (name === '--force') force = true;
    else if (name === '--debug') debug = true;
    else if (name === '--map') {
      const value = inlineValue ?? argv[++i];
      if (value === undefined || value === '') throw new CliError('cli.error.missingValue', { option: name });
      const at = value.indexOf('=');
      if (at <= 0 || value.slice(at + 1).trim() === '') throw new CliError('cli.error.badMap', { value });
      maps.push({ field: value.slice(0, at).trim(), header: value.slice(at + 1).trim() });
    } else if (isValueOption(name)) {
      const value = inlineValue ?? argv[++i];
      if (value === undefined || value === '') throw new CliError('cli.error.missingValue', { option: name });
      values[name] = value;
    } else if (name.startsWith('--')) throw new CliError('cli.error.unknownOption', { option: name });
    else inputs.push(arg);
  }
  if (inputs.length === 0) throw new CliError('cli.error.missingInput');
  if (inputs.length > 1) throw new CliError('cli.error.extraArgument', { value: inputs[1] });

  const todayValue = values['--today'] ?? today;
  if (isoToDay(todayValue) === null) throw new CliError('cli.error.badToday', { value: todayValue });
  const lang = values['--lang'] ?? null;
  if (lang !== null && lang !== 'en' && lang !== 'pl')
    throw new CliError('cli.error.badLang', { value: lang });
  const locale = values['--locale'] ?? null;
  if (locale !== null && !isLocale(locale)) throw new CliError('cli.error.badLocale', { value: locale });
  const encoding = values['--encoding']?.toLowerCase() ?? null;
  const codePage = CODE_PAGES.find((page) => page === encoding) ?? null;
  if (encoding !== null && codePage === null)
    throw new CliError('cli.error.badEncoding', { value: values['--encoding']! });
  const out = values['--out'] ?? null;
  if (out !== null && !/\.xlsx$/i.test(out)) throw new CliError('cli.error.badOutExtension', { path: out });
  const history = values['--history'] ?? null;
  if (history !== null && !/\.xlsx$/i.test(history))
    throw new CliError('cli.error.badHistoryExtension', { path: history });
  const json = values['--json'] ?? null;
  if (json !== null && !/\.json$/i.test(json))
    throw new CliError('cli.error.badJsonExtension', { path: json });
  return {
    input: inputs[0],
    out,
    json,
    history,
    today: todayValue,
    todayGiven: values['--today'] !== undefined,
    lang,
    locale,
    codePage,
    maps,
    force,
    debug,
  };
}

function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf('=');
  return [arg.slice(0, at), arg.slice(at + 1)];
}

function isLocale(value: string): boolean {
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(value)) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/**
 * The language of the runner's own messages: Polish only with --lang pl (SPEC: "EN, or PL with --lang pl").
 * Read from the raw arguments so that even an argument error is reported in the asked language.
 */
export function messageLanguage(argv: string[]): Lang {
  const langAt = argv.indexOf('--lang');
  return argv.includes('--lang=pl') || (langAt >= 0 && argv[langAt + 1] === 'pl') ? 'pl' : 'en';
}
