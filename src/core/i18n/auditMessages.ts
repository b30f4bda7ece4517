// The domains both adapters show when they audit: the audit tab, its charts, the settings, history and input
// tabs, the sample data, findings, actions and data issues. Each adapter adds its own (src/addon/messages.ts,
// src/cli/messages.ts); the sidebar shows fewer and lists its own (sidebar/messages.ts).
import * as actions from './messages/actions';
import * as auditTab from './messages/auditTab';
import * as charts from './messages/charts';
import * as common from './messages/common';
import * as engine from './messages/engine';
import * as figures from './messages/figures';
import * as input from './messages/input';
import * as movement from './messages/movement';
import * as sample from './messages/sample';
import * as settings from './messages/settings';
import * as tables from './messages/tables';
import * as verdict from './messages/verdict';

export const AUDIT_MESSAGES = {
  actions,
  auditTab,
  charts,
  common,
  engine,
  figures,
  input,
  movement,
  sample,
  settings,
  tables,
  verdict,
};
