// Reads the band and target rows of the settings tab (`band.<id>.green`, `target.<id>.amber`, …): each
// threshold on its own, then the pair, which falls back whole when its two thresholds are out of order.
import { isBlankCell } from '../cells/reading';
import type { Band, Settings } from '../types';
import { isRatioBand, RATED_METRIC_IDS } from './defaults';
import { bandInOrder, meetsRule, thresholdRule } from './rules';
import { bandLabel, thresholdText } from './settingsTabLayout';
import type { KeyedRow } from './settingsTabRows';
import type { SettingValues } from './settingsTabValues';
import { TARGET_METRICS } from './vocabulary';

/** Sets `settings.bands` and `settings.targets` from the tab's threshold rows, by key. */
export function readThresholdRows(
  values: SettingValues,
  thresholds: Map<string, KeyedRow>,
  settings: Settings,
  defaults: Settings,
): void {
  for (const id of RATED_METRIC_IDS) readBand(values, id, thresholds, settings, defaults.bands[id]);
  for (const id of Object.keys(TARGET_METRICS)) readTarget(values, id, thresholds, settings);
}

function readThresholds(
  values: SettingValues,
  id: string,
  prefix: 'band' | 'target',
  thresholds: Map<string, KeyedRow>,
  direction: Band['direction'],
  ratio: boolean,
  fallback: Band | null,
): { green: number | null; amber: number | null; rows: { green?: KeyedRow; amber?: KeyedRow } } {
  const result = {
    green: null as number | null,
    amber: null as number | null,
    rows: {} as { green?: KeyedRow; amber?: KeyedRow },
  };
  for (const which of ['green', 'amber'] as const) {
    const row = thresholds.get(`${prefix}.${id}.${which}`);
    if (!row) continue;
    result.rows[which] = row;
    const value = values.number(row.value, ratio);
    if (value === null) continue;
    const rule = thresholdRule(id, ratio);
    if (value !== undefined && meetsRule(rule, value)) {
      result[which] = value;
    } else {
      values.report(
        row,
        bandLabel(values.ctx.lang, id, direction, which),
        rule.rule,
        fallback ? thresholdText(values.ctx.lang, fallback[which], ratio) : null,
      );
    }
  }
  return result;
}

function readBand(
  values: SettingValues,
  id: string,
  thresholds: Map<string, KeyedRow>,
  settings: Settings,
  fallback: Band,
): void {
  const ratio = isRatioBand(id);
  const read = readThresholds(values, id, 'band', thresholds, fallback.direction, ratio, fallback);
  const band: Band = {
    direction: fallback.direction,
    green: read.green ?? fallback.green,
    amber: read.amber ?? fallback.amber,
  };
  if (bandInOrder(band)) {
    settings.bands[id] = band;
  } else {
    // Out of order, the two thresholds mean nothing together: the whole band falls back.
    const which = read.rows.amber ? 'amber' : 'green';
    const lang = values.ctx.lang;
    values.report(
      read.rows[which] as KeyedRow,
      bandLabel(lang, id, band.direction, which),
      `settings.rule.bandOrder.${band.direction}`,
      `${thresholdText(lang, fallback.green, ratio)} / ${thresholdText(lang, fallback.amber, ratio)}`,
      thresholdText(lang, band[which], ratio),
    );
  }
}

function readTarget(
  values: SettingValues,
  id: string,
  thresholds: Map<string, KeyedRow>,
  settings: Settings,
): void {
  const { direction, ratio } = TARGET_METRICS[id];
  const lang = values.ctx.lang;
  const read = readThresholds(values, id, 'target', thresholds, direction, ratio, null);
  if (read.green === null) {
    // An invalid green was reported already; a blank one is what this message is about.
    if (read.amber !== null && isBlankCell(read.rows.green?.value ?? null)) {
      values.report(
        read.rows.amber as KeyedRow,
        bandLabel(lang, id, direction, 'amber'),
        'settings.rule.targetGreen',
        null,
      );
    }
    return;
  }
  const target: Band = { direction, green: read.green, amber: read.amber ?? read.green };
  if (bandInOrder(target)) settings.targets[id] = target;
  else {
    values.report(
      read.rows.amber as KeyedRow,
      bandLabel(lang, id, direction, 'amber'),
      `settings.rule.bandOrder.${direction}`,
      null,
      thresholdText(lang, target.amber, ratio),
    );
  }
}
