// Names of the things the report refers to by id, from the shared catalog.
import { hasMessage } from '../src/core/i18n/catalog';
import { FIELD_ORDER } from '../src/core/input/fields';
import { CANONICAL_STATUSES, STATUS_LABEL, type CanonicalStatus } from '../src/core/settings/defaults';
import type { IssueCode, TabKind } from '../src/core/types';
import { tr } from './i18n';
import { metricLabel as coreMetricLabel } from '../src/core/i18n/labels';
import { currentLanguage } from './store';

/** The fields of each tab, in the order the input tabs have them. */
export const FIELDS = FIELD_ORDER;

/** A metric's name in the sidebar's language. */
export function metricLabel(metricId: string): string {
  return coreMetricLabel(currentLanguage(), metricId);
}

export function fieldLabel(kind: TabKind, field: string): string {
  const key = `sidebar.field.${kind}.${field}`;
  return hasMessage(key) ? tr(key) : field;
}

export function issueLabel(code: IssueCode): string {
  const key = `tab.issue.${code}`;
  return hasMessage(key) ? tr(key) : code;
}

/** A customer status of the cadence table: the built-in ones in the sidebar's language, the user's own as typed. */
export function statusLabel(status: string): string {
  // Only the exact built-in key: a user's own "VIP" row must not read as the built-in "Key / VIP".
  const builtIn = (CANONICAL_STATUSES as readonly string[]).includes(status);
  return builtIn ? tr(STATUS_LABEL[status as CanonicalStatus]) : status;
}
