// The texts dist/Code.js carries: the audit tab, the settings, history and input tabs, the sample data, the
// menu, alerts and dialogs. Neither the sidebar's texts (it renders its own, in Sidebar.html) nor the local
// runner's. main.ts imports this module first, so the texts are there before any entry point runs.
import { registerMessages } from '../core/i18n/catalog';
import * as actions from '../core/i18n/messages/actions';
import * as addon from '../core/i18n/messages/addon';
import * as auditTab from '../core/i18n/messages/auditTab';
import * as charts from '../core/i18n/messages/charts';
import * as common from '../core/i18n/messages/common';
import * as engine from '../core/i18n/messages/engine';
import * as figures from '../core/i18n/messages/figures';
import * as input from '../core/i18n/messages/input';
import * as movement from '../core/i18n/messages/movement';
import * as sample from '../core/i18n/messages/sample';
import * as settings from '../core/i18n/messages/settings';
import * as tables from '../core/i18n/messages/tables';
import * as verdict from '../core/i18n/messages/verdict';

export const ADDON_MESSAGES = {
  actions,
  addon,
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

registerMessages(ADDON_MESSAGES);
