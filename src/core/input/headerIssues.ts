// What the owner is told about a tab's header row: a setting naming no column, a header written twice, a field
// fed by the one of two look-alike columns that has data, and required columns not found.
import { columnLetter } from '../cells/merges';
import { quoted } from '../cells/writing';
import { t } from '../i18n/catalog';
import type { FieldOf, TabInput, TabKind } from '../types';
import { FIELD_SYNONYMS } from './fields';
import type { ColumnMapping } from './headers';
import type { IssueLog } from './issueLog';
import type { ParseOptions } from './openTab';

export interface HeaderFindings<K extends TabKind> {
  kind: K;
  tab: string;
  /** The header's row number as the owner sees it. */
  headerRow: number;
  headers: string[];
  input: TabInput<FieldOf<K>>;
  mapping: ColumnMapping<FieldOf<K>>;
  /** Required fields no column feeds. */
  missing: FieldOf<K>[];
  options: ParseOptions;
  log: IssueLog;
  fieldLabel: (field: FieldOf<K>) => string;
}

export function reportHeaderIssues<K extends TabKind>(findings: HeaderFindings<K>): void {
  const { tab, headerRow, headers, mapping, log, fieldLabel } = findings;
  for (const { field, header: text } of mapping.unknownOverrides) {
    log.add(tab, null, text, 'bad_setting', 'input.unknownOverride', {
      field: fieldLabel(field),
      column: text,
      tab,
    });
  }
  for (const column of mapping.duplicates) {
    const text = headers[column];
    const first = headers.findIndex((other, i) => i < column && other.toLowerCase() === text.toLowerCase());
    log.add(tab, headerRow, text, 'duplicate_header', 'input.duplicateHeader', {
      column: text,
      letter: columnLetter(first >= 0 ? first : column),
    });
  }
  for (const { field, used, empty } of mapping.emptyTwins) {
    log.add(tab, headerRow, headers[used], 'duplicate_header', 'input.emptyTwin', {
      field: fieldLabel(field),
      used: headers[used],
      empty: headers[empty],
    });
  }
  for (const field of findings.missing) reportMissing(findings, field);
}

/**
 * A required column not found, in the owner's words: the headers the tab has, the names the field is read
 * from, and the fix that works where the audit runs (--map for the runner, column mapping in the add-on),
 * with one of the owner's own headers as the runner's example.
 */
function reportMissing<K extends TabKind>(findings: HeaderFindings<K>, field: FieldOf<K>): void {
  const { kind, tab, input, options, log } = findings;
  const label = findings.fieldLabel(field);
  const mapped = new Set(Object.values(input.mapping));
  const example = input.headers.find((header) => !mapped.has(header)) ?? input.headers[0] ?? '';
  const fix = options.runner
    ? t(options.lang, 'input.fix.commandLine', {
        option: kind === 'deals' ? field : `${kind}.${field}`,
        example: quoted(example),
      })
    : t(options.lang, 'input.fix.sheet', { field: label });
  log.addComposed(
    tab,
    null,
    null,
    'missing_column',
    kind === 'deals' ? 'input.missingColumn.deals' : 'input.missingColumn.other',
    { tab, field: label },
    {
      headers: log.names(input.headers),
      accepted: log.names((FIELD_SYNONYMS[kind] as Record<string, string[]>)[field]),
      fix,
    },
  );
}
