// Turns a computed number into a MetricResult: rating by band or target (SPEC §2), the not-enough-data and
// no-data rules, and the one-sentence finding in the audit's language.
import { t, type MessageKey } from '../i18n/catalog';
import type { Params } from '../i18n/format';
import type {
  AreaId,
  Band,
  ChannelField,
  CustomerField,
  Day,
  DealField,
  Lang,
  MetricResult,
  ParsedInput,
  Rating,
  Settings,
  Unit,
} from '../types';
import type { NumberText } from './numberText';

export type SampleNoun = 'deals' | 'customers' | 'responses';

interface MetricDef {
  unit: Unit;
  sampleOf: SampleNoun;
  /** False for plain counts: a count of 3 leads is a fact, not an estimate from too little data. */
  needsSample?: false;
}

/** Every metric of SPEC §1, by area, in the order the audit shows them. */
export const METRICS = {
  acquisition: {
    'acquisition.leads': { unit: 'count', sampleOf: 'deals', needsSample: false },
    'acquisition.leadToWinRate': { unit: 'ratio', sampleOf: 'deals' },
    'acquisition.blendedCac': { unit: 'currency', sampleOf: 'customers' },
    'acquisition.ltvToCac': { unit: 'multiple', sampleOf: 'customers' },
    'acquisition.effortSpread': { unit: 'multiple', sampleOf: 'deals' },
  },
  conversations: {
    'conversations.avgDaysToWin': { unit: 'days', sampleOf: 'deals' },
    'conversations.medianDaysToWin': { unit: 'days', sampleOf: 'deals' },
    'conversations.avgConversationsPerWin': { unit: 'count', sampleOf: 'deals' },
    'conversations.conversationsPerWin': { unit: 'count', sampleOf: 'deals' },
    'conversations.avgDealValue': { unit: 'currency', sampleOf: 'deals' },
    'conversations.medianDealValue': { unit: 'currency', sampleOf: 'deals' },
    'conversations.avgClv': { unit: 'currency', sampleOf: 'customers' },
    'conversations.avgDaysInFunnel': { unit: 'days', sampleOf: 'deals' },
    'conversations.avgOpenDealAgeDays': { unit: 'days', sampleOf: 'deals' },
    'conversations.staleOpenShare': { unit: 'ratio', sampleOf: 'deals' },
    'conversations.winRate': { unit: 'ratio', sampleOf: 'deals' },
    'conversations.salesVelocity': { unit: 'currencyPerDay', sampleOf: 'deals' },
  },
  aftersales: {
    'aftersales.followUpRate': { unit: 'ratio', sampleOf: 'deals' },
    'aftersales.medianDaysToFollowUp': { unit: 'days', sampleOf: 'deals' },
    'aftersales.csat': { unit: 'ratio', sampleOf: 'responses' },
    'aftersales.avgSatisfaction': { unit: 'score', sampleOf: 'responses' },
    'aftersales.nps': { unit: 'points', sampleOf: 'responses' },
    'aftersales.repeatRate': { unit: 'ratio', sampleOf: 'customers' },
    'aftersales.firstLineCoverage': { unit: 'ratio', sampleOf: 'customers' },
    'aftersales.supportCoverage': { unit: 'ratio', sampleOf: 'customers' },
  },
  relationships: {
    'relationships.overdueShare': { unit: 'ratio', sampleOf: 'customers' },
    'relationships.dormantShare': { unit: 'ratio', sampleOf: 'customers' },
    'relationships.expansionShare': { unit: 'ratio', sampleOf: 'deals' },
  },
} as const satisfies Record<AreaId, Record<string, MetricDef>>;

type MetricsOf<A extends AreaId> = keyof (typeof METRICS)[A];
export type MetricId = { [A in AreaId]: MetricsOf<A> }[AreaId] & string;

const DEFS: Record<string, MetricDef> = Object.assign({}, ...Object.values(METRICS));

// Compile-time check that the catalog has a finding and an advice sentence for every metric.
type FindingKey = `engine.finding.${MetricId}`;
type AdviceKey = `engine.advice.${MetricId}`;
const findingKey = (id: MetricId): MessageKey => `engine.finding.${id}` satisfies FindingKey;
const adviceKey = (id: MetricId): MessageKey => `engine.advice.${id}` satisfies AdviceKey;

/** A column a metric is computed from. */
export type Need =
  | { tab: 'deals'; field: DealField }
  | { tab: 'channels'; field: ChannelField }
  | { tab: 'customers'; field: CustomerField };

export interface Env {
  lang: Lang;
  settings: Settings;
  today: Day;
  num: NumberText;
  input: ParsedInput['input'];
  previousMetrics: Record<string, number | null> | null;
}

export function hasColumn(env: Pick<Env, 'input'>, need: Need): boolean {
  const tab = env.input[need.tab];
  return tab.found && (tab.mapping as Record<string, string | null>)[need.field] != null;
}

/** The first column of `needs` the input lacks, or null when all are there. */
export function firstMissing(env: Pick<Env, 'input'>, ...needs: Need[]): Need | null {
  return needs.find((need) => !hasColumn(env, need)) ?? null;
}

function columnLabel(lang: Lang, need: Need): string {
  switch (need.tab) {
    case 'deals':
      return t(lang, `engine.field.deals.${need.field}` as const);
    case 'channels':
      return t(lang, `engine.field.channels.${need.field}` as const);
    case 'customers':
      return t(lang, `engine.field.customers.${need.field}` as const);
  }
}

/** The one-line hint of a no-data metric: which tab or column to add. */
export function missingHint(env: Pick<Env, 'input' | 'lang'>, need: Need): string {
  const params = { column: columnLabel(env.lang, need), tab: t(env.lang, `engine.tab.${need.tab}`) };
  return t(env.lang, env.input[need.tab].found ? 'engine.hint.addColumn' : 'engine.hint.addTab', params);
}

/** The no-data note of a metric whose column is there but holds nothing usable. */
export function emptyColumnNote(lang: Lang, need: Need): string {
  return t(lang, 'engine.note.emptyColumn', {
    column: columnLabel(lang, need),
    tab: t(lang, `engine.tab.${need.tab}`),
  });
}

export function bandRating(value: number, band: Band): 'green' | 'amber' | 'red' {
  if (band.direction === 'higher')
    return value >= band.green ? 'green' : value >= band.amber ? 'amber' : 'red';
  return value <= band.green ? 'green' : value <= band.amber ? 'amber' : 'red';
}

export function bandText(env: Pick<Env, 'lang' | 'num'>, band: Band, unit: Unit): string {
  return t(env.lang, band.direction === 'higher' ? 'engine.target.higher' : 'engine.target.lower', {
    v: env.num.of(band.green, unit),
  });
}

function sampleText(lang: Lang, noun: SampleNoun, n: number): string {
  return t(lang, `engine.count.${noun}`, { n });
}

export interface MetricInput {
  value: number | null;
  sample: number;
  /** The column whose absence leaves the metric without data. */
  missing?: Need | null;
  /** A no-data reason other than a missing column (e.g. a column that is all blank). */
  noData?: string | null;
  /** Extra placeholders of the finding, already written as text. */
  params?: Params;
  /** Advice naming what the data points at, in place of the metric's generic advice. */
  advice?: string | null;
}

export function metric(env: Env, id: MetricId, input: MetricInput): MetricResult {
  const def = DEFS[id];
  const { lang, settings } = env;
  const band = settings.bands[id] ?? settings.targets[id];
  const target = band ? bandText(env, band, def.unit) : null;
  const result = (value: number | null, rating: Rating, note: string): MetricResult => {
    const out: MetricResult = { id, value, unit: def.unit, rating, target, sample: input.sample, note };
    if (env.previousMetrics) out.previous = env.previousMetrics[id] ?? null;
    return out;
  };

  const noData = input.missing ? missingHint(env, input.missing) : input.noData;
  if (noData) return result(null, 'nodata', noData);

  const value = input.value !== null && Number.isFinite(input.value) ? input.value : null;
  if (value === null) return result(null, 'insufficient', t(lang, 'engine.note.nothingToCompute'));

  // `n` lets a finding pick its plural form; `value` is the number as written in the sentence, and `times`
  // a multiple's bare number for "6,2 razy więcej … niż".
  const finding = t(lang, findingKey(id), {
    ...input.params,
    n: value,
    value: env.num.of(value, def.unit),
    ...(def.unit === 'multiple' ? { times: env.num.times(value) } : {}),
  });
  if (def.needsSample !== false && input.sample < settings.minSample) {
    return result(
      value,
      'insufficient',
      t(lang, 'engine.note.tooFew', {
        finding,
        sample: sampleText(lang, def.sampleOf, input.sample),
        min: settings.minSample,
      }),
    );
  }
  if (!band) return result(value, 'unrated', t(lang, 'engine.note.plain', { finding }));
  const rating = bandRating(value, band);
  return rating === 'green'
    ? result(value, rating, t(lang, 'engine.note.plain', { finding }))
    : result(
        value,
        rating,
        t(lang, 'engine.note.withAdvice', { finding, advice: input.advice ?? t(lang, adviceKey(id)) }),
      );
}
