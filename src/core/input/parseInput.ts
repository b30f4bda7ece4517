// Turns the three input tabs into records (SPEC §3). Nothing here throws on cell content: every row that
// cannot be used and every cell that is ignored becomes a DataIssue, and the remaining rows are used.
//
// Decisions the spec leaves open:
// - A deal whose created date is blank, unreadable or after today is dropped (created is required); a
//   closed date before the created date is ignored and the deal kept.
// - A channel-cost row needs a channel and a cost; a cost row whose date cannot be read is dropped rather
//   than counted in every period. A Channels tab without a cost column yields no rows (one tab issue).
// - A customer listed twice: the first row wins, the later one is an issue.
// - Stage names read as open are not issues; they are listed once in `openStages`.
// - Deals missing, or without a usable header or created/stage column: `dealsBlocker` returns the issue
//   that explains it, and the engine must not run the audit (SPEC §3.2).
// - Row numbers assume the grid starts at cell A1 (getDataRange, CSV, xlsx worksheet).
import type { DataIssue, NamedGrid, ParsedInput, TabInput, TabKind } from '../types';
import { parseChannels } from './channelsTab';
import { parseCustomers } from './customersTab';
import { parseDeals } from './dealsTab';
import { FIELD_ORDER } from './fields';
import { IssueLog } from './issueLog';
import type { ParseOptions } from './openTab';
import { OWN_TAB_NAMES } from './tabs';
import { keyNormalizer } from '../text';

export type { ParseOptions } from './openTab';

export interface InputTabs {
  deals: NamedGrid | null;
  channels: NamedGrid | null;
  customers: NamedGrid | null;
}

function emptyInput<F extends string>(kind: TabKind): TabInput<F> {
  const mapping = {} as Record<F, string | null>;
  for (const field of FIELD_ORDER[kind] as F[]) mapping[field] = null;
  return { found: false, tab: null, rows: 0, used: 0, mapping, headers: [] };
}

export function parseInput(tabs: InputTabs, options: ParseOptions): ParsedInput {
  const log = new IssueLog(options.lang);
  const keyOf = keyNormalizer();
  const result: ParsedInput = {
    deals: [],
    channelCosts: [],
    customers: [],
    input: {
      deals: emptyInput('deals'),
      channels: emptyInput('channels'),
      customers: emptyInput('customers'),
    },
    openStages: [],
    issues: log.issues,
  };
  if (tabs.deals === null) {
    log.add(OWN_TAB_NAMES[options.lang].deals, null, null, 'missing_tab', 'input.dealsMissing');
  } else {
    const parsed = parseDeals(tabs.deals, options, log, keyOf);
    result.deals = parsed.deals;
    result.openStages = parsed.openStages;
    result.input.deals = parsed.input;
  }
  if (tabs.channels !== null) {
    const parsed = parseChannels(tabs.channels, options, log, keyOf);
    result.channelCosts = parsed.costs;
    result.input.channels = parsed.input;
  }
  if (tabs.customers !== null) {
    const parsed = parseCustomers(tabs.customers, options, log, keyOf);
    result.customers = parsed.customers;
    result.input.customers = parsed.input;
  }
  return result;
}

/**
 * The issue that stops the audit (SPEC §3.2): no Deals tab, a Deals tab without a header row, or without
 * a created or stage column. Null when the audit can run (possibly on zero deals).
 */
export function dealsBlocker(parsed: ParsedInput): DataIssue | null {
  const { deals } = parsed.input;
  if (deals.found && deals.mapping.created !== null && deals.mapping.stage !== null) return null;
  const blocking = parsed.issues.filter(
    (issue) =>
      issue.code === 'missing_tab' ||
      (issue.tab === deals.tab &&
        issue.row === null &&
        (issue.code === 'no_header' || issue.code === 'missing_column')),
  );
  if (blocking.length <= 1) return blocking[0] ?? null;
  // Both required columns missing: the owner fixes both before the next try, not one per run.
  return { ...blocking[0], message: blocking.map((issue) => issue.message).join('\n') };
}
