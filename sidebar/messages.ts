// The texts dist/Sidebar.html carries: its own, and the audit tab's names of metrics, columns, ratings and
// charts and the verdict's sentences it shows the same way. The server words everything else (findings, data
// issues, errors) before it crosses. main.ts imports this module first, so the texts are there before
// anything renders.
import { registerMessages } from '../src/core/i18n/catalog';
import * as auditTab from '../src/core/i18n/messages/auditTab';
import * as charts from '../src/core/i18n/messages/charts';
import * as common from '../src/core/i18n/messages/common';
import * as figures from '../src/core/i18n/messages/figures';
import * as movement from '../src/core/i18n/messages/movement';
import * as schedule from '../src/core/i18n/messages/schedule';
import * as settings from '../src/core/i18n/messages/settings';
import * as sidebar from '../src/core/i18n/messages/sidebar';
import * as tables from '../src/core/i18n/messages/tables';
import * as verdict from '../src/core/i18n/messages/verdict';

export const SIDEBAR_MESSAGES = {
  auditTab,
  charts,
  common,
  figures,
  movement,
  schedule,
  settings,
  sidebar,
  tables,
  verdict,
};

registerMessages(SIDEBAR_MESSAGES);
