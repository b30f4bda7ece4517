// The Script service as an editor add-on meets it (SPEC §5): this user's installable triggers in this
// document, at most one time-driven trigger per user per document, granular consent that may withhold
// script.scriptapp, user properties, and a trigger's run, where there is no UI.

export interface FakeTrigger {
  id: string;
  user: string;
  handler: string;
  dayOfMonth: number;
  hour: number;
  timeZone: string | null;
}

export class FakeScriptState {
  triggers: FakeTrigger[] = [];
  /** Who runs the code now: triggers and user properties are per user. */
  user = 'owner';
  /** The scopes the user granted; removing script.scriptapp plays a user who declined it. */
  grantedScopes = new Set([
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/script.scriptapp',
  ]);
  /** Scopes requireScopes asked the user for. */
  consentAsked: string[] = [];
  userProperties = new Map<string, Map<string, string>>();
  /** 'trigger': a time-driven run, where SpreadsheetApp.getUi() throws. */
  context: 'editor' | 'trigger' = 'editor';
  private nextId = 1;

  newId(): string {
    return `trigger-${this.nextId++}`;
  }

  propertiesOf(user: string): Map<string, string> {
    let properties = this.userProperties.get(user);
    if (!properties) this.userProperties.set(user, (properties = new Map()));
    return properties;
  }
}

type Methods = Record<string, (...args: never[]) => unknown>;

export function scriptAppStandIn(
  state: FakeScriptState,
  counted: <T extends Methods>(className: string, methods: T) => T,
) {
  const triggerOf = (trigger: FakeTrigger) =>
    counted('Trigger', {
      getUniqueId: () => trigger.id,
      getHandlerFunction: () => trigger.handler,
      getEventType: () => 'CLOCK',
    });

  function clockBuilder(handler: string) {
    const spec = {
      dayOfMonth: null as number | null,
      hour: null as number | null,
      timeZone: null as string | null,
    };
    const builder: Methods = counted('ClockTriggerBuilder', {
      onMonthDay: (day: number) => {
        if (!Number.isInteger(day) || day < 1 || day > 31) throw new Error(`Invalid argument: day ${day}`);
        spec.dayOfMonth = day;
        return builder;
      },
      atHour: (hour: number) => {
        if (!Number.isInteger(hour) || hour < 0 || hour > 23)
          throw new Error(`Invalid argument: hour ${hour}`);
        spec.hour = hour;
        return builder;
      },
      inTimezone: (timeZone: string) => ((spec.timeZone = timeZone), builder),
      create: () => {
        if (!state.grantedScopes.has('https://www.googleapis.com/auth/script.scriptapp'))
          throw new Error('You do not have permission to call ScriptApp.newTrigger.');
        if (spec.dayOfMonth === null || spec.hour === null) throw new Error('The trigger has no schedule.');
        // https://developers.google.com/workspace/add-ons/concepts/editor-triggers: one trigger of each type
        // per user per document.
        if (state.triggers.some((trigger) => trigger.user === state.user))
          throw new Error(
            'This add-on has created too many time-based triggers in this document for this Google user account.',
          );
        const trigger: FakeTrigger = {
          id: state.newId(),
          user: state.user,
          handler,
          dayOfMonth: spec.dayOfMonth,
          hour: spec.hour,
          timeZone: spec.timeZone,
        };
        state.triggers.push(trigger);
        return triggerOf(trigger);
      },
    });
    return builder;
  }

  const needsScope = (method: string) => {
    if (!state.grantedScopes.has('https://www.googleapis.com/auth/script.scriptapp'))
      throw new Error(`You do not have permission to call ScriptApp.${method}.`);
  };

  return {
    AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
    AuthorizationStatus: { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' },
    ...counted('ScriptApp', {
      getAuthorizationInfo: (_mode: string, scopes: string[]) => ({
        getAuthorizationStatus: () =>
          scopes.every((scope) => state.grantedScopes.has(scope)) ? 'NOT_REQUIRED' : 'REQUIRED',
      }),
      // Apps Script shows the consent prompt and ends the run when a scope is missing.
      requireScopes: (_mode: string, scopes: string[]) => {
        const missing = scopes.filter((scope) => !state.grantedScopes.has(scope));
        if (missing.length === 0) return;
        state.consentAsked.push(...missing);
        throw new Error('Authorization is required to perform that action.');
      },
      getUserTriggers: () => {
        needsScope('getUserTriggers');
        return state.triggers.filter((trigger) => trigger.user === state.user).map(triggerOf);
      },
      deleteTrigger: (trigger: { getUniqueId(): string }) => {
        needsScope('deleteTrigger');
        state.triggers = state.triggers.filter((each) => each.id !== trigger.getUniqueId());
      },
      newTrigger: (handler: string) => ({ timeBased: () => clockBuilder(handler) }),
    }),
  };
}
