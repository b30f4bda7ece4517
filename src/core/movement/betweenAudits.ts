// One run's part in the story between audits (SPEC §1.7): key the deals, read the earlier snapshots,
// say what moved, and give the snapshots tab its next content.
import type { DataIssue, Day, Grid, Lang, Movement, ParsedInput, SnapshotUpdate } from '../types';
import { keyDeals } from './dealKey';
import { computeMovement, type StageRank } from './movement';
import { decodeSnapshots, snapshotRow, updateSnapshots, type SnapshotRow } from './snapshot';

export interface BetweenAuditsContext {
  lang: Lang;
  today: Day;
  /** ISO date-time of this run: the run time its snapshot rows carry. */
  generatedAt: string;
  minSample: number;
  rank: StageRank;
}

export interface BetweenAudits {
  movement: Movement | null;
  /** `duplicate_deal_key` and `no_deal_key`. */
  issues: DataIssue[];
  snapshot: SnapshotUpdate;
}

export function betweenAudits(
  parsed: Pick<ParsedInput, 'deals' | 'input'>,
  snapshots: Grid | null,
  context: BetweenAuditsContext,
): BetweenAudits {
  const keyed = keyDeals(parsed.deals, {
    lang: context.lang,
    tab: parsed.input.deals.tab ?? '',
    idColumn: parsed.input.deals.mapping.id,
  });
  const decoded = decodeSnapshots(snapshots);
  const movement = computeMovement(keyed, decoded.runs, context);
  // Every open deal, whatever the audit period: the next audit asks where each one went.
  const rows: SnapshotRow[] = [];
  for (const [key, deal] of keyed.byKey) if (deal.outcome === 'open') rows.push(snapshotRow(key, deal));
  const run = { at: context.generatedAt, day: context.today, rows };
  return { movement, issues: keyed.issues, snapshot: updateSnapshots(decoded, run, context.lang) };
}
