// Every domain of the catalog (SPEC §6), one messages/<domain>.ts each. Only the tests and the Node scripts
// register all of them: each bundle registers the domains it shows (src/addon/messages.ts,
// sidebar/messages.ts, src/cli/messages.ts), so dist/Code.js and dist/Sidebar.html carry only their own texts.
// A new domain is added here and to the bundles that show it; a new key of an existing domain needs nothing.
import type { MessageDomain } from './format';
import * as actions from './messages/actions';
import * as addon from './messages/addon';
import * as auditTab from './messages/auditTab';
import * as charts from './messages/charts';
import * as cli from './messages/cli';
import * as common from './messages/common';
import * as engine from './messages/engine';
import * as figures from './messages/figures';
import * as input from './messages/input';
import * as movement from './messages/movement';
import * as sample from './messages/sample';
import * as schedule from './messages/schedule';
import * as settings from './messages/settings';
import * as sidebar from './messages/sidebar';
import * as tables from './messages/tables';
import * as verdict from './messages/verdict';

export const ALL_MESSAGES = {
  actions,
  addon,
  auditTab,
  charts,
  cli,
  common,
  engine,
  figures,
  input,
  movement,
  sample,
  schedule,
  settings,
  sidebar,
  tables,
  verdict,
} satisfies Record<string, MessageDomain>;

export type DomainName = keyof typeof ALL_MESSAGES;
