// The parse options most input tests read with: English, US dates, today 2024-04-15, no overrides.
import { auditSpreadsheet } from '../../../src/core/audit';
import { isoToDay } from '../../../src/core/days';
import { parseInput, type ParseOptions } from '../../../src/core/input/parseInput';
import type { AuditReport, Grid } from '../../../src/core/types';

export const PARSE_OPTIONS: ParseOptions = {
  lang: 'en',
  locale: 'en-US',
  timeZone: 'UTC',
  today: isoToDay('2024-04-15')!,
  mapping: { deals: {}, channels: {}, customers: {} },
  stageOutcomes: {},
};

/** Reads `values` as the Deals tab (no Channels or Customers tab). */
export function parseDealsGrid(values: Grid, overrides: Partial<ParseOptions> = {}) {
  return parseInput(
    { deals: { name: 'Deals', values }, channels: null, customers: null },
    { ...PARSE_OPTIONS, ...overrides },
  );
}

/** The whole audit of `values` as the Deals tab alone, in English, on `today`. */
export function auditDealsGrid(values: Grid, today: string): AuditReport {
  return auditSpreadsheet({
    deals: { name: 'Deals', values },
    channels: null,
    customers: null,
    settings: null,
    history: null,
    today,
    generatedAt: `${today}T12:00:00Z`,
    timeZone: 'UTC',
    locale: 'en-US',
  }).report;
}
