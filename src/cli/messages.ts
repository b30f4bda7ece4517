// The texts the local runner prints and writes: its console and errors, the audit tab, the settings and
// history tabs. main.ts imports this module first, so the texts are there before anything is worded.
import { AUDIT_MESSAGES } from '../core/i18n/auditMessages';
import { registerMessages } from '../core/i18n/catalog';
import * as cli from '../core/i18n/messages/cli';

export const CLI_MESSAGES = { ...AUDIT_MESSAGES, cli };

registerMessages(CLI_MESSAGES);
