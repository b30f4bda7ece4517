// How a failed action reaches the user: a UserError's message as it is; anything else is a bug, so a
// generic sentence with the error's text, and a log entry for the developer.
import { t, type MessageKey } from '../core/i18n/catalog';
import type { Lang } from '../core/types';
import { UserError } from '../core/userError';

/** Errors thrown by Apps Script services are not always `instanceof Error`, so read the message defensively. */
function errorText(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  const text = typeof message === 'string' && message ? message : String(error);
  // The sentence around it adds its own full stop.
  return text.replace(/[.\s]+$/, '');
}

/** The sentence the user sees for an error; logs the unexpected ones. */
export function failureMessage(lang: Lang, error: unknown): string {
  if (error instanceof UserError) return error.message;
  console.error(error);
  return t(lang, 'addon.unexpected', { error: errorText(error) });
}

export function alertUser(lang: Lang, titleKey: MessageKey, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(t(lang, titleKey), message, ui.ButtonSet.OK);
}

/**
 * For server functions called from the sidebar: google.script.run hands the thrown error's message to
 * the sidebar's failure handler, so it must already be the sentence for the user.
 */
export function rethrowForSidebar(lang: Lang, error: unknown): never {
  if (error instanceof UserError) throw error;
  throw new Error(failureMessage(lang, error));
}
