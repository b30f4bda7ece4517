// The monthly audit (SPEC §5): the sidebar switches this user's time-driven trigger on or off, and the
// trigger's function audits the spreadsheet with no one watching.
//
// How the trigger reaches its spreadsheet under spreadsheets.currentonly: an editor add-on creates
// installable triggers only for the file it is used in, at most one of each type per user per document
// (https://developers.google.com/workspace/add-ons/concepts/editor-triggers, "Restrictions"), and
// ScriptApp.getUserTriggers(spreadsheet) lists "the installable triggers owned by this user in the given
// spreadsheet, for this script or add-on only"
// (https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)):
// the trigger belongs to this document, and its run has the document as the active one, so
// SpreadsheetApp.getActive() and the document properties are this spreadsheet's. Should a run find no
// active spreadsheet, it records that in the user's properties under the trigger's id, and the sidebar shows
// it instead of the run failing silently.
import { auditSpreadsheet } from '../core/audit';
import { resolveLanguage, t } from '../core/i18n/catalog';
import {
  readOutcome,
  readRegistry,
  scheduleView,
  withSchedule,
  type Schedule,
  type ScheduleOutcome,
  type ScheduleView,
} from '../core/schedule';
import type { Lang } from '../core/types';
import { UserError } from '../core/userError';
import { readAuditInput, writeAudit } from './auditRun';
import { isoDateTimeIn } from './clock';
import { failureMessage } from './failures';
import { withDocumentLock } from './lock';
import { openWorkbook, spreadsheetLocale, type Workbook } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The trigger's function: an entry point of main.ts. */
export const SCHEDULED_FUNCTION = 'scheduledAudit';
/** Asked for only when a user switches the schedule on (granular consent lets them decline it). */
export const SCRIPT_APP_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';

const REGISTRY_PROPERTY = 'salesProcessAudit.schedules';
const OUTCOME_PROPERTY = 'salesProcessAudit.scheduleOutcome';
const USER_ID_PROPERTY = 'salesProcessAudit.userId';
const UNREACHED_PROPERTY = 'salesProcessAudit.scheduleUnreached.';
/** SPEC §5: a scheduled run waits up to five minutes for a run in progress, then records "busy". */
const SCHEDULED_LOCK_WAIT_MS = 5 * 60 * 1000;

/** An opaque id of this user, kept in their own properties: the schedule registry names no one. */
function userId(): string {
  const properties = PropertiesService.getUserProperties();
  let id = properties.getProperty(USER_ID_PROPERTY);
  if (!id) {
    id = Utilities.getUuid();
    properties.setProperty(USER_ID_PROPERTY, id);
  }
  return id;
}

/** Whether this user granted script.scriptapp: without it no trigger of theirs can exist or be listed. */
function mayManageTriggers(): boolean {
  // getAuthorizationInfo(authMode, oAuthScopes) checks the given scopes only; the typings know only the
  // one-argument form (https://developers.google.com/apps-script/reference/script/script-app#getauthorizationinfoauthmode,-oauthscopes).
  const info = (
    ScriptApp.getAuthorizationInfo as (
      mode: GoogleAppsScript.Script.AuthMode,
      scopes: string[],
    ) => GoogleAppsScript.Script.AuthorizationInfo
  )(ScriptApp.AuthMode.FULL, [SCRIPT_APP_SCOPE]);
  return info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.NOT_REQUIRED;
}

function myTriggers(spreadsheet: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  if (!mayManageTriggers()) return [];
  return ScriptApp.getUserTriggers(spreadsheet).filter(
    (trigger) => trigger.getHandlerFunction() === SCHEDULED_FUNCTION,
  );
}

/** What the sidebar shows: this user's schedule, whether other editors have one, the last scheduled run. */
export function scheduleState(spreadsheet: Spreadsheet): ScheduleView {
  const properties = PropertiesService.getDocumentProperties();
  const registry = readRegistry(properties.getProperty(REGISTRY_PROPERTY));
  // Read only: a user who never set a schedule has no id yet, and opening the sidebar writes nothing.
  const me = PropertiesService.getUserProperties().getProperty(USER_ID_PROPERTY) ?? '';
  const triggers = myTriggers(spreadsheet);
  const userProperties = PropertiesService.getUserProperties();
  const unreached = triggers
    .map((trigger) => readOutcome(userProperties.getProperty(UNREACHED_PROPERTY + trigger.getUniqueId())))
    .find((outcome) => outcome !== null);
  const last = readOutcome(properties.getProperty(OUTCOME_PROPERTY));
  const mine = triggers.length > 0 ? (registry[me] ?? null) : null;
  return scheduleView(registry, me, mine, unreached ?? last);
}

/**
 * Asks for script.scriptapp (granular consent lets a user decline it). The refusal reaches the sidebar as what
 * it is, a permission not given, rather than as an unexpected error to report to support.
 */
function requireTriggerScope(lang: Lang): void {
  try {
    ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [SCRIPT_APP_SCOPE]);
  } catch {
    throw new UserError(t(lang, 'schedule.noPermission'));
  }
}

/**
 * Makes this user's one trigger match `schedule`: the old one goes first (an add-on may hold one trigger of
 * each type per user per document), then the new one is made; null leaves none. The caller holds the lock.
 */
export function setSchedule(workbook: Workbook, schedule: Schedule | null, lang: Lang): void {
  if (schedule !== null) requireTriggerScope(lang);
  for (const trigger of myTriggers(workbook.spreadsheet)) ScriptApp.deleteTrigger(trigger);
  if (schedule !== null) {
    ScriptApp.newTrigger(SCHEDULED_FUNCTION)
      .timeBased()
      .onMonthDay(schedule.dayOfMonth)
      .atHour(schedule.hour)
      .inTimezone(workbook.timeZone)
      .create();
  }
  const properties = PropertiesService.getDocumentProperties();
  const registry = readRegistry(properties.getProperty(REGISTRY_PROPERTY));
  properties.setProperty(REGISTRY_PROPERTY, JSON.stringify(withSchedule(registry, userId(), schedule)));
}

/**
 * The trigger's run: the audit as the menu runs it, without any UI (a trigger has none: getUi() throws),
 * its outcome kept in the document properties for the sidebar.
 */
export function runScheduledAudit(triggerUid: string | null): void {
  const spreadsheet = SpreadsheetApp.getActive() as Spreadsheet | null;
  if (!spreadsheet) {
    const outcome: ScheduleOutcome = {
      at: new Date().toISOString(),
      status: 'unreached',
      score: null,
      rating: null,
      error: null,
    };
    if (triggerUid)
      PropertiesService.getUserProperties().setProperty(
        UNREACHED_PROPERTY + triggerUid,
        JSON.stringify(outcome),
      );
    return;
  }
  const locale = spreadsheetLocale(spreadsheet);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const record = (outcome: Omit<ScheduleOutcome, 'at'>) =>
    PropertiesService.getDocumentProperties().setProperty(
      OUTCOME_PROPERTY,
      JSON.stringify({ at: isoDateTimeIn(timeZone), ...outcome }),
    );
  withDocumentLock(
    () => {
      try {
        const workbook = openWorkbook(spreadsheet, locale);
        const input = readAuditInput(workbook);
        const { report } = writeAudit(workbook, input, auditSpreadsheet(input.request)).result;
        record({ status: 'done', score: report.overall.score, rating: report.overall.rating, error: null });
      } catch (error) {
        const lang = resolveLanguage('auto', locale);
        record({ status: 'failed', score: null, rating: null, error: failureMessage(lang, error) });
      }
    },
    () => record({ status: 'busy', score: null, rating: null, error: null }),
    SCHEDULED_LOCK_WAIT_MS,
  );
}
