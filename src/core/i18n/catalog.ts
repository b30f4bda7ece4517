// The one message catalog (SPEC §6). Each domain keeps its texts in messages/<domain>.ts; each bundle
// registers the domains it shows (see allMessages.ts), so a bundle carries only its own texts. The key type
// spans every domain, and each domain's Polish table is typed by its English keys, so a missing Polish text
// stays a compile error.
import type { Lang } from '../types';
import type { ALL_MESSAGES, DomainName } from './allMessages';
import { render, type Message, type MessageDomain, type Params } from './format';

type Domains = typeof ALL_MESSAGES;
export type MessageKey = { [D in DomainName]: keyof Domains[D]['en'] & string }[DomainName];

const registered = new Map<string, MessageDomain>();
const tables: Record<Lang, Map<string, Message>> = { en: new Map(), pl: new Map() };

/**
 * Makes the given domains' texts available to t(). A bundle's entry registers its domains before anything
 * renders; registering the same domain twice is harmless, a key defined by two domains is an error.
 */
export function registerMessages(domains: Partial<Record<DomainName, MessageDomain>>): void {
  for (const [name, domain] of Object.entries(domains) as [DomainName, MessageDomain][]) {
    const known = registered.get(name);
    if (known === domain) continue;
    if (known) throw new Error(`Message domain "${name}" is registered twice with different texts.`);
    for (const key of Object.keys(domain.en)) {
      if (tables.en.has(key)) throw new Error(`Message "${key}" of domain "${name}" is defined twice.`);
    }
    registered.set(name, domain);
    for (const lang of ['en', 'pl'] as const) {
      for (const [key, message] of Object.entries(domain[lang])) tables[lang].set(key, message);
    }
  }
}

/** Whether the catalog has a text for a key built at run time, e.g. `metric.${id}`. */
export function hasMessage(key: string): key is MessageKey {
  return tables.en.has(key);
}

export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const message = tables[lang].get(key);
  // Loud on purpose: a bundle that shows a text must register its domain (test/bundle/messages.test.ts).
  if (message === undefined) throw new Error(`Message "${key}" is not registered in this bundle.`);
  return render(message, params, lang);
}

/** Picks the audit language: the setting when it names one, else the spreadsheet's locale. */
export function resolveLanguage(setting: 'auto' | Lang | undefined, locale: string | undefined): Lang {
  if (setting === 'en' || setting === 'pl') return setting;
  return /^pl\b/i.test(locale ?? '') ? 'pl' : 'en';
}
