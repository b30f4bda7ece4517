// The texts dist/Code.js carries: the audit tab, the settings, history and input tabs, the sample data, the
// menu, alerts and dialogs. Neither the sidebar's texts (it renders its own, in Sidebar.html) nor the local
// runner's. main.ts imports this module first, so the texts are there before any entry point runs.
import { AUDIT_MESSAGES } from '../core/i18n/auditMessages';
import { registerMessages } from '../core/i18n/catalog';
import * as addon from '../core/i18n/messages/addon';

export const ADDON_MESSAGES = { ...AUDIT_MESSAGES, addon };

registerMessages(ADDON_MESSAGES);
