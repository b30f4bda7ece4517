// "Pipeline by stage" (SPEC §1.7, §4.1): every open deal by its current stage, in stage order. Its block
// ('pipeline') spans the title to the last stage row, for the sidebar and for a chart beside it.
import { LIST_LIMITS, type AuditTab } from './layout';

export function pipeline(tab: AuditTab): void {
  const all = tab.report.pipeline;
  const first = tab.title('tab.pipeline.title');
  tab.headerRow([
    'tab.pipeline.col.stage',
    'tab.pipeline.col.deals',
    'tab.pipeline.col.value',
    'tab.pipeline.col.medianAge',
  ]);
  // In stage order, not by size: the first stages are the ones shown when there are too many.
  tab.list(
    all.slice(0, LIST_LIMITS.pipeline),
    all.length,
    (row) => [
      row.stage,
      tab.figure(row.deals, 'count'),
      tab.figure(row.value, 'currency'),
      tab.figure(row.medianAgeDays, 'days'),
    ],
    'tab.pipeline.empty',
  );
  if (all.length > 0) tab.note(tab.tx('tab.pipeline.order'));
  tab.endBlock('pipeline', first);
}
