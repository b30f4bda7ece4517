// Sidebar states built on the audit tab's realistic report fixture, with what only the sidebar needs:
// headers for the mapping dropdowns, a saved override and answer, the last run, and hostile user data.
import type { SidebarState } from '../../src/core/server-api';
import { defaultSettings } from '../../src/core/settings/defaults';
import { questionViews } from '../../src/core/settings/questions';
import { sidebarReport } from '../../src/core/sidebarReport';
import type { Lang } from '../../src/core/types';
import { fullReport } from '../core/plan/fixtures';

export const HOSTILE_CHANNEL = '<img src=x onerror=alert(1)>';
export const HOSTILE_STAGE = '<b onmouseover=alert(2)>Negotiation</b>';

export function sidebarState(language: Lang = 'en'): SidebarState {
  const report = fullReport();
  report.language = language;
  report.input.deals.headers = [
    'Deal ID',
    'Name',
    'Created',
    'Stage',
    'Value',
    'Channel',
    'Closed',
    'Customer',
    'Owner',
    'Conversations',
    'Deal type',
    'Delivered',
    'Follow-up',
    '<script>alert(3)</script>',
  ];
  report.input.channels.headers = ['Month', 'Channel', 'Cost'];
  report.channels[3].channel = HOSTILE_CHANNEL;
  report.openStages = [...report.openStages, HOSTILE_STAGE];

  const settings = defaultSettings(language === 'pl' ? 'pl-PL' : 'en-US');
  settings.currency = 'PLN';
  settings.mapping.deals.owner = 'Owner';
  settings.answers['q.softSkills.objections'] = { answer: 'partly', note: 'Only the two seniors' };

  return {
    language,
    report: sidebarReport(report),
    reportBasis: 'lastAudit',
    problem: null,
    lastRun: { generatedAt: '2024-06-03T07:15:42.000Z', overallScore: 52.8, previousOverallScore: 59 },
    scoreTrend: [],
    settings,
    schedule: { mine: null, others: 0, last: null },
    questions: questionViews(language),
  };
}
