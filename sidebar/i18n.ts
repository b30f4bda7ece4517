import { t, type MessageKey } from '../src/core/i18n/catalog';
import type { Params } from '../src/core/i18n/format';
import { currentLanguage } from './store';

/** A catalog text in the sidebar's current language. */
export function tr(key: MessageKey, params?: Params): string {
  return t(currentLanguage(), key, params);
}
