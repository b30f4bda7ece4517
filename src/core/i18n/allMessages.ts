// Every domain of the catalog (SPEC §6), one messages/<domain>.ts each. Only the tests and the Node scripts
// register all of them: each bundle registers the domains it shows (src/addon/messages.ts,
// sidebar/messages.ts, src/cli/messages.ts), so dist/Code.js and dist/Sidebar.html carry only their own texts.
// A new domain is added here and to the bundles that show it; a new key of an existing domain needs nothing.
import { AUDIT_MESSAGES } from './auditMessages';
import type { MessageDomain } from './format';
import * as addon from './messages/addon';
import * as cli from './messages/cli';
import * as schedule from './messages/schedule';
import * as sidebar from './messages/sidebar';

export const ALL_MESSAGES = {
  ...AUDIT_MESSAGES,
  addon,
  cli,
  schedule,
  sidebar,
} satisfies Record<string, MessageDomain>;

export type DomainName = keyof typeof ALL_MESSAGES;
