// A runner error carries a catalog message: the runner prints it as one line and exits, never with a stack trace.
import type { MessageKey } from '../core/i18n/catalog';
import type { Params } from '../core/i18n/format';

/** Exit code for anything the user can fix: bad arguments, unreadable input, a refused output path. */
export const USER_ERROR_EXIT = 2;
/** Exit code for a bug: the audit itself failed. */
export const UNEXPECTED_ERROR_EXIT = 1;

export class CliError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
  ) {
    super(key);
    this.name = 'CliError';
  }
}
