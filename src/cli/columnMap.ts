// --map field=Header (SPEC §3, §5): the runner's way to say which column feeds a field, with the same effect
// as the sidebar's mapping overrides. A field or header that does not exist stops the run with the choices.
import { FIELD_ORDER } from '../core/input/fields';
import { normalizeKey } from '../core/text';
import type { NamedGrid, Settings, TabKind } from '../core/types';
import type { CliOptions } from './args';
import { CliError } from './errors';

type Mapping = Settings['mapping'];
const TAB_KINDS: readonly TabKind[] = ['deals', 'channels', 'customers'];

/** `created` is a Deals field; `customers.status` names its tab. */
function target(field: string): { kind: TabKind; field: string } | null {
  const [first, second] = field.split('.');
  const kind = second === undefined ? 'deals' : TAB_KINDS.find((tab) => tab === first.toLowerCase());
  const name = second ?? first;
  if (kind === undefined) return null;
  const known = (FIELD_ORDER[kind] as string[]).find(
    (candidate) => candidate.toLowerCase() === name.toLowerCase(),
  );
  return known ? { kind, field: known } : null;
}

function allFields(): string {
  return TAB_KINDS.map((kind) =>
    FIELD_ORDER[kind].map((field) => (kind === 'deals' ? field : `${kind}.${field}`)).join(', '),
  ).join('; ');
}

function headersOf(tab: NamedGrid | null): string[] {
  const row = tab?.values.find((cells) => cells.some((cell) => String(cell ?? '').trim() !== '')) ?? [];
  return row.map((cell) => String(cell ?? '').trim()).filter((header) => header !== '');
}

/** The mapping overrides the --map options ask for, each header as written in the tab. */
export function columnMapping(
  maps: CliOptions['maps'],
  tabs: Record<TabKind, NamedGrid | null>,
): Mapping | null {
  if (maps.length === 0) return null;
  const mapping: Mapping = { deals: {}, channels: {}, customers: {} };
  for (const map of maps) {
    const found = target(map.field);
    if (found === null) throw new CliError('cli.error.mapField', { field: map.field, fields: allFields() });
    const headers = headersOf(tabs[found.kind]);
    const header = headers.find((candidate) => normalizeKey(candidate) === normalizeKey(map.header));
    if (header === undefined)
      throw new CliError('cli.error.mapHeader', {
        field: map.field,
        header: map.header,
        tab: tabs[found.kind]?.name ?? found.kind,
        headers: headers.length ? headers.map((name) => `"${name}"`).join(', ') : '—',
      });
    (mapping[found.kind] as Record<string, string>)[found.field] = header;
  }
  return mapping;
}
