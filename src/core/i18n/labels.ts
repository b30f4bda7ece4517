// Names of the things the report refers to by id, in the audit's language, for every place that shows them.
import type { Lang } from '../types';
import { hasMessage, t } from './catalog';

/** A metric's name; a metric the catalog does not know yet shows under its id rather than breaking the view. */
export function metricLabel(lang: Lang, metricId: string): string {
  const key = `metric.${metricId}`;
  return hasMessage(key) ? t(lang, key) : metricId;
}
