// The texts the local runner prints and writes: its console and errors, the audit tab, the settings and
// history tabs. main.ts imports this module first, so the texts are there before anything is worded.
import { registerMessages } from '../core/i18n/catalog';
import * as actions from '../core/i18n/messages/actions';
import * as auditTab from '../core/i18n/messages/auditTab';
import * as charts from '../core/i18n/messages/charts';
import * as cli from '../core/i18n/messages/cli';
import * as common from '../core/i18n/messages/common';
import * as engine from '../core/i18n/messages/engine';
import * as figures from '../core/i18n/messages/figures';
import * as input from '../core/i18n/messages/input';
import * as movement from '../core/i18n/messages/movement';
import * as sample from '../core/i18n/messages/sample';
import * as settings from '../core/i18n/messages/settings';
import * as tables from '../core/i18n/messages/tables';
import * as verdict from '../core/i18n/messages/verdict';

export const CLI_MESSAGES = {
  actions,
  auditTab,
  charts,
  cli,
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

registerMessages(CLI_MESSAGES);
