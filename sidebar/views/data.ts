// The Data view: which column feeds each field (and changing it), the data issues, the open stages.
import type { MappingPatch, SidebarState } from '../../src/core/server-api';
import type { SidebarReport } from '../../src/core/sidebarReport';
import type { AuditReport, DataIssue, IssueCode, TabKind } from '../../src/core/types';
import { updateState } from '../actions';
import { h } from '../dom';
import { formatContextOf, formatValue, type FormatContext } from '../format';
import { tr } from '../i18n';
import { TAB_KINDS } from '../../src/core/types';
import { fieldLabel, FIELDS, issueLabel } from '../labels';

/** The first issues are a pointer to where to look; the audit tab lists fifty, the JSON report all. */
const FIRST_ISSUES = 10;
/** The option value of "(not used)"; a header is never empty, so it cannot clash with one. */
const NOT_USED = '';

function saveMapping(control: HTMLButtonElement | HTMLSelectElement, patch: MappingPatch): Promise<void> {
  return updateState(control, null, 'sidebar.data.mappingSaved', 'sidebarSaveMapping', patch);
}

function mappingRow(state: SidebarState, report: AuditReport, kind: TabKind, field: string): HTMLElement {
  const input = report.input[kind];
  const current = (input.mapping as Record<string, string | null>)[field] ?? null;
  const overridden =
    (state.settings.mapping[kind] as Record<string, string | undefined>)[field] !== undefined;
  const select = h(
    'select',
    {
      id: `map-${kind}-${field}`,
      onchange: () => saveMapping(select, { [kind]: { [field]: select.value } }),
    },
    h('option', { value: NOT_USED, selected: current === null }, tr('sidebar.data.notUsed')),
    ...input.headers.map((header) => h('option', { value: header, selected: header === current }, header)),
  );
  const source = overridden ? 'overridden' : current === null ? 'notFound' : 'detected';
  const reset: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      className: 'link',
      onclick: () => saveMapping(reset, { [kind]: { [field]: null } }),
    },
    tr('sidebar.data.resetMapping'),
  );
  return h(
    'div',
    { className: 'mapping-row', attrs: { 'data-field': `${kind}.${field}` } },
    h('label', { htmlFor: select.id }, fieldLabel(kind, field)),
    select,
    h(
      'div',
      { className: 'mapping-source secondary' },
      tr(`sidebar.data.${source}`),
      overridden ? ' · ' : null,
      overridden ? reset : null,
    ),
  );
}

function tabSection(state: SidebarState, report: AuditReport, kind: TabKind): HTMLElement {
  const input = report.input[kind];
  return h(
    'section',
    { className: 'block', attrs: { 'data-tab': kind } },
    h('h3', null, tr(`sidebar.data.tab.${kind}`)),
    input.found && input.tab !== null
      ? h(
          'p',
          { className: 'secondary' },
          tr('sidebar.data.tabFound', {
            tab: input.tab,
            rows: tr('count.rows', { n: input.rows }),
            used: input.used,
          }),
        )
      : h('p', { className: 'secondary' }, tr('sidebar.data.tabMissing')),
    ...(input.found ? FIELDS[kind].map((field) => mappingRow(state, report, kind, field)) : []),
  );
}

function issueLocation(issue: DataIssue): string {
  return issue.row === null
    ? tr('sidebar.data.issueAtTab', { tab: issue.tab })
    : tr('sidebar.data.issueAt', { tab: issue.tab, row: issue.row });
}

/** The counts cover every issue; the server sends only the first issues themselves (all are in the audit tab). */
function issuesSection(report: SidebarReport, context: FormatContext): HTMLElement {
  const issues = report.issues;
  const counts = Object.entries(report.issueCounts) as [IssueCode, number][];
  return h(
    'section',
    { className: 'block issues' },
    h('h3', null, tr('sidebar.data.issues')),
    issues.length
      ? h(
          'ul',
          { className: 'issue-counts' },
          ...counts.map(([code, count]) =>
            h(
              'li',
              { attrs: { 'data-code': code } },
              h('span', null, issueLabel(code)),
              h('span', { className: 'count' }, formatValue(count, 'count', context)),
            ),
          ),
        )
      : h('p', { className: 'secondary' }, tr('sidebar.data.noIssues')),
    issues.length ? h('h4', null, tr('sidebar.data.firstIssues')) : null,
    issues.length
      ? h(
          'ul',
          { className: 'issue-list' },
          ...issues
            .slice(0, FIRST_ISSUES)
            .map((issue) =>
              h(
                'li',
                null,
                h('div', { className: 'secondary' }, issueLocation(issue)),
                h('div', null, issue.message),
              ),
            ),
        )
      : null,
  );
}

function openStagesSection(stages: string[]): HTMLElement {
  return h(
    'section',
    { className: 'block' },
    h('h3', null, tr('tab.openStages')),
    stages.length
      ? h(
          'ul',
          { className: 'stages' },
          ...stages.map((stage) => h('li', { className: 'chip rating-grey' }, stage)),
        )
      : h('p', { className: 'secondary' }, tr('tab.openStages.empty')),
  );
}

function createTabsButton(): HTMLButtonElement {
  const button: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      className: 'create',
      id: 'create-tabs',
      onclick: () =>
        updateState(
          button,
          'sidebar.data.creatingTabs',
          'sidebar.data.tabsCreated',
          'sidebarCreateInputTabs',
        ),
    },
    tr('sidebar.data.createTabs'),
  );
  return button;
}

export function dataView(state: SidebarState): HTMLElement {
  const { report } = state;
  const anyTabMissing = !report || TAB_KINDS.some((kind) => !report.input[kind].found);
  return h(
    'div',
    { className: 'view data-view' },
    state.problem ? h('p', { className: 'problem' }, state.problem) : null,
    anyTabMissing ? h('div', { className: 'buttons' }, createTabsButton()) : null,
    ...(report
      ? TAB_KINDS.map((kind) => tabSection(state, report, kind))
      : [h('p', { className: 'secondary' }, tr('sidebar.data.noReport'))]),
    report ? issuesSection(report, formatContextOf(state)) : null,
    report ? openStagesSection(report.openStages) : null,
  );
}
