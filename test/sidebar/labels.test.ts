import { hasMessage } from '../../src/core/i18n/catalog';
import { FIELD_ORDER } from '../../src/core/input/fields';
import { TAB_KINDS } from '../../src/core/types';

// The Data view lists every field of each tab; a field without a label showed its internal id ("expectedClose").
test.each(TAB_KINDS.flatMap((kind) => FIELD_ORDER[kind].map((field) => [kind, field])))(
  'the sidebar has a label for the %s field %s',
  (kind, field) => {
    expect(hasMessage(`sidebar.field.${kind}.${field}`)).toBe(true);
  },
);
