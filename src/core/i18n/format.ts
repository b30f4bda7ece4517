import type { Lang } from '../types';
import { pluralCategory } from './pluralRules';

export type Params = Record<string, string | number>;
/** A message is a template with {name} placeholders, or a function where grammar depends on the values. */
export type Message = string | ((params: Params, lang: Lang) => string);
export type MessageTable<K extends string> = Record<K, Message>;
/** One domain's texts: messages/<domain>.ts, its English and Polish tables. */
export interface MessageDomain {
  readonly en: Readonly<Record<string, Message>>;
  readonly pl: Readonly<Record<string, Message>>;
}

/** Polish needs one / few / many; English one / other. Forms follow CLDR's categories (pluralRules.ts). */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

export function plural(lang: Lang, count: number, forms: PluralForms): string {
  return (forms[pluralCategory(lang, count)] ?? forms.other).replace(/\{n\}/g, String(count));
}

export function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** A message whose wording follows the count in its `n` parameter, e.g. "1 deal" / "5 deals". */
export function counted(forms: PluralForms): Message {
  return (params, lang) => fill(plural(lang, Number(params.n), forms), params);
}

export function render(message: Message, params: Params, lang: Lang): string {
  return typeof message === 'function' ? message(params, lang) : fill(message, params);
}
