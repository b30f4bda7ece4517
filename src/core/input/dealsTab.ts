// Reads the Deals tab into deals (SPEC §3): created and stage required, closed checked against both.
import type { Deal, DealField, DealType, NamedGrid, Outcome, TabInput } from '../types';
import { columnHasDates, columnHasOutcomes, DEAL_DATE_FIELDS, findStatusColumn } from './columnSniffing';
import { classifyDealType, classifyStage } from './dealVocabulary';
import type { IssueLog } from './issueLog';
import { suspectStage } from './suspectStages';
import { OpenTab, type ParseOptions } from './openTab';

export function parseDeals(
  grid: NamedGrid,
  options: ParseOptions,
  log: IssueLog,
  keyOf: (text: string) => string,
): { deals: Deal[]; openStages: string[]; input: TabInput<DealField> } {
  // Pipedrive keeps won / lost / open in `Deal - Status` and the pipeline step in `Deal - Stage` (where a step
  // may be called "Success"): with such a status column the outcome comes from it, the stage from the other.
  const sniffed: { status?: number | null } = {};
  const statusColumn = (dataStart: number) =>
    (sniffed.status ??= findStatusColumn(grid.values, dataStart, options.stageOutcomes));
  const tab = new OpenTab('deals', grid, options, log, (field, column, dataStart) => {
    if (field === 'stage') {
      const outcomes = statusColumn(dataStart);
      if (outcomes !== null) return column !== outcomes;
      return columnHasOutcomes(grid.values, column, dataStart, options.stageOutcomes);
    }
    return DEAL_DATE_FIELDS.has(field) && columnHasDates(grid.values, column, dataStart, options);
  });
  const columns = tab.columns;
  const outcomeColumn =
    sniffed.status != null && sniffed.status !== columns.stage.index
      ? { ...columns.stage, index: sniffed.status }
      : null;
  const deals: Deal[] = [];
  // Per open stage key: the name as first written, where it first appears and on how many rows.
  const openStages = new Map<string, { name: string; row: number; rows: number }>();
  if (!tab.usable) return { deals, openStages: [], input: tab.input };
  // Stage and type names repeat down the column; classify each distinct spelling once.
  const outcomes = new Map<string, Outcome>();
  const types = new Map<string, DealType | null>();
  // A deal listed twice (an export appended to itself, a CRM line per product) is one deal: counted twice,
  // one customer would look like a repeat customer.
  const rowOfId = new Map<string, number>();
  while (tab.next()) {
    const id = tab.text(columns.id);
    const idKey = id === null ? null : keyOf(id);
    const first = idKey === null ? undefined : rowOfId.get(idKey);
    if (first !== undefined) {
      tab.report(columns.id, 'duplicate_deal_id', 'input.duplicateDealId', { value: id!, first }, null);
      continue;
    }
    const created = tab.day(columns.created, 'required');
    if (tab.skip || created === null) continue;
    if (created > options.today) {
      tab.report(
        columns.created,
        'future_date',
        'input.futureDate',
        { date: log.day(created), today: log.day(options.today) },
        'rowSkipped',
      );
      continue;
    }
    const stage = tab.text(columns.stage, true);
    if (tab.skip || stage === null) continue;
    const outcomeText = (outcomeColumn && tab.text(outcomeColumn)) ?? stage;
    let outcome = outcomes.get(outcomeText);
    if (outcome === undefined) {
      outcome = classifyStage(outcomeText, options.stageOutcomes);
      outcomes.set(outcomeText, outcome);
    }
    if (outcome === 'open') {
      const stageKey = keyOf(stage);
      const seen = openStages.get(stageKey);
      if (seen) seen.rows += 1;
      else openStages.set(stageKey, { name: stage, row: tab.row, rows: 1 });
    }
    let closed = tab.day(columns.closed);
    if (closed !== null && closed < created) {
      tab.report(
        columns.closed,
        'closed_before_created',
        'input.closedBeforeCreated',
        {
          closed: log.day(closed),
          created: log.day(created),
          createdColumn: tab.header(columns.created) ?? '',
        },
        null,
      );
      closed = null;
    } else if (closed !== null && closed > options.today && outcome !== 'open') {
      // An open deal's close date is its expected one; a won or lost deal cannot have closed yet.
      tab.report(
        columns.closed,
        'future_date',
        'input.futureClosed',
        { date: log.day(closed), today: log.day(options.today) },
        'cellIgnored',
      );
      closed = null;
    }
    const typeText = tab.text(columns.type);
    let type: DealType | null = null;
    if (typeText !== null) {
      type = types.get(typeText) ?? null;
      if (!types.has(typeText)) types.set(typeText, (type = classifyDealType(typeText)));
    }
    if (typeText !== null && type === null) {
      tab.report(columns.type, 'unknown_type', 'input.unknownType', { value: typeText }, 'cellIgnored');
    }
    const name = tab.text(columns.name);
    const value = tab.number(columns.value);
    const channel = tab.text(columns.channel);
    const customer = tab.text(columns.customer);
    let followUp = tab.dayOrYes(columns.followUp);
    // A follow-up dated after today is planned, not made.
    if (typeof followUp === 'number' && followUp > options.today) followUp = null;
    if (idKey !== null) rowOfId.set(idKey, tab.row);
    deals.push({
      row: tab.row,
      id,
      name,
      created,
      stage,
      outcome,
      value,
      channel,
      channelKey: channel === null ? null : keyOf(channel),
      closed,
      expectedClose: outcome === 'open' ? (tab.day(columns.expectedClose) ?? closed) : null,
      customer,
      customerKey: customer === null ? null : keyOf(customer),
      owner: tab.text(columns.owner),
      conversations: tab.number(columns.conversations),
      type,
      delivered: tab.day(columns.delivered),
      followUp,
      lostReason: tab.text(columns.lostReason),
    });
  }
  tab.input.used = deals.length;
  for (const { name, row, rows } of openStages.values()) {
    const suspect = suspectStage(name, options.stageOutcomes);
    if (!suspect) continue;
    log.add(grid.name, row, tab.input.mapping.stage, 'suspect_stage', 'input.suspectStage', {
      stage: name,
      rows,
      rowsText: log.number(rows),
      resembles: suspect.resembles,
      outcome: suspect.outcome,
    });
  }
  return { deals, openStages: [...openStages.values()].map((stage) => stage.name), input: tab.input };
}
