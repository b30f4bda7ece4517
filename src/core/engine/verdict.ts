// Channel verdicts of SPEC §2.1: strengthen, modify, drop, or not enough data, each with its reason.
import { t } from '../i18n/catalog';
import type { Band, ChannelRow, Verdict } from '../types';
import { bandRating, type Env } from './metric';
import { median } from './stats';

const DEFAULT_CHANNEL_BAND: Band = { direction: 'higher', green: 3, amber: 1 };

type VerdictInput = Pick<
  ChannelRow,
  'leads' | 'won' | 'lost' | 'conversion' | 'cost' | 'cac' | 'avgClv' | 'ltvToCac'
>;

/**
 * The LTV:CAC limits are the `channel.ltvToCac` band (defaults 3 and 1), so a user who edits the band
 * moves the verdicts with it.
 */
export function channelVerdict(
  env: Env,
  row: VerdictInput,
  overallConversion: number | null,
): { verdict: Verdict; reason: string } {
  const { lang, num, settings } = env;
  const closed = row.won + row.lost;
  if (closed < settings.minSample) {
    return {
      verdict: 'insufficient',
      reason: t(lang, 'engine.verdict.insufficient', { n: closed, min: settings.minSample }),
    };
  }
  const band = settings.bands['channel.ltvToCac'] ?? DEFAULT_CHANNEL_BAND;
  const ltvRating = row.ltvToCac === null ? null : bandRating(row.ltvToCac, band);
  const conversion = row.conversion ?? 0;
  const overall = overallConversion ?? 0;
  const params = {
    ltv: row.ltvToCac === null ? '' : num.multiple(row.ltvToCac),
    cac: row.cac === null ? '' : num.currency(row.cac),
    clv: row.avgClv === null ? '' : num.currency(row.avgClv),
    conversion: num.percent(conversion),
    overall: num.percent(overall),
  };
  if (ltvRating === 'red') return { verdict: 'drop', reason: t(lang, 'engine.verdict.dropLtv', params) };
  if (row.won === 0 && row.leads >= 2 * settings.minSample && row.cost !== null && row.cost > 0) {
    return {
      verdict: 'drop',
      reason: t(lang, 'engine.verdict.dropNoWins', { leads: row.leads, cost: num.currency(row.cost) }),
    };
  }
  // Without an LTV:CAC (no cost, zero cost or no new customer) conversion alone decides. A channel that
  // wins nothing is never worth strengthening, even when no channel wins anything (0% ≥ 0% overall).
  const worthIt = ltvRating === null ? conversion >= overall : ltvRating === 'green';
  const verdict: Verdict = row.won > 0 && worthIt && conversion >= 0.8 * overall ? 'strengthen' : 'modify';
  const key =
    verdict === 'strengthen'
      ? ltvRating === null
        ? 'engine.verdict.strengthenConversion'
        : 'engine.verdict.strengthenLtv'
      : ltvRating === null
        ? 'engine.verdict.modifyConversion'
        : 'engine.verdict.modifyLtv';
  return { verdict, reason: t(lang, key, params) };
}

/**
 * Flags channels that convert at least as well as the whole but cost over 1.5 × the median CAC, and adds
 * the numbers to their reason. Channels without a verdict are not flagged: their conversion is noise.
 */
export function flagExpensive(env: Env, rows: ChannelRow[], overallConversion: number | null): void {
  const cacs = rows.flatMap((row) => (row.cac === null ? [] : [row.cac]));
  const medianCac = median(cacs);
  if (medianCac === null || overallConversion === null) return;
  for (const row of rows) {
    if (row.verdict === 'insufficient' || row.cac === null || row.conversion === null) continue;
    if (row.conversion >= overallConversion && row.cac > 1.5 * medianCac) {
      row.expensive = true;
      row.reason += ` ${t(env.lang, 'engine.verdict.expensive', {
        cac: env.num.currency(row.cac),
        median: env.num.currency(medianCac),
      })}`;
    }
  }
}
