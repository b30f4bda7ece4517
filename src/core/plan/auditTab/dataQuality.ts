// The data quality section of the audit tab: the input tabs read, the open stages seen, issue counts, and
// the issues themselves.
import type { MessageKey } from '../../i18n/catalog';
import { TAB_KINDS, type IssueCode } from '../../types';
import { ROW_NUMBER_FORMAT } from '../formats';
import { LIST_LIMITS, MUTED_COLOR, type AuditTab } from './layout';

const issueKey = (code: IssueCode): MessageKey => `tab.issue.${code}` satisfies `tab.issue.${IssueCode}`;

export function dataQuality(tab: AuditTab): void {
  const { b, report } = tab;
  const first = tab.title('tab.dataQuality.title');

  inputTabs(tab);
  b.addRow();

  b.addRow([{ value: tab.tx('tab.openStages'), bold: true }]);
  tab.list(
    report.openStages.slice(0, LIST_LIMITS.openStages),
    report.openStages.length,
    (stage) => [stage],
    'tab.openStages.empty',
  );
  b.addRow();

  if (report.issues.length === 0) {
    tab.note(tab.tx('tab.issues.empty'));
  } else {
    issues(tab);
  }
  b.block('dataQuality', first, b.nextRow - 1);
}

function inputTabs(tab: AuditTab): void {
  const { b, report } = tab;
  tab.headerRow(['tab.input.kind', 'tab.input.tab', 'tab.input.rows', 'tab.input.used']);
  for (const kind of TAB_KINDS) {
    const input = report.input[kind];
    b.addRow([
      tab.tx(`tab.input.${kind}`),
      input.found && input.tab !== null
        ? input.tab
        : { value: tab.tx('tab.input.notFound'), color: MUTED_COLOR },
      tab.figure(input.rows, 'count'),
      tab.figure(input.used, 'count'),
    ]);
  }
}

function issues(tab: AuditTab): void {
  const { b, report } = tab;
  const counts = new Map<IssueCode, number>();
  for (const issue of report.issues) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
  b.addRow([{ value: tab.tx('tab.issueCounts'), bold: true }]);
  tab.headerRow(['tab.col.issue', 'tab.col.count']);
  // At most one entry per issue code, so this sort has a fixed small size.
  for (const [code, count] of [...counts].sort((a, z) => z[1] - a[1])) {
    b.addRow([tab.tx(issueKey(code)), tab.figure(count, 'count')]);
  }
  b.addRow();

  b.addRow([{ value: tab.tx('tab.issues'), bold: true }]);
  tab.headerRow(['tab.col.tab', 'tab.col.row', 'tab.col.column', 'tab.col.issue', 'tab.col.message']);
  tab.list(
    report.issues.slice(0, LIST_LIMITS.issues),
    report.issues.length,
    (issue) => [
      issue.tab,
      { value: issue.row, format: ROW_NUMBER_FORMAT },
      issue.column,
      tab.tx(issueKey(issue.code)),
      issue.message,
    ],
    'tab.issues.empty',
  );
}
