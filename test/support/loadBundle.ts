// Loads the built dist/Code.js the way Apps Script runs it: one global scope, no module system, with the
// stand-in services as globals. Run `npm run build` first (`npm test` does it in pretest).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { appsScriptGlobals, CallLog } from './appsScriptGlobals';
import { FakeSpreadsheet } from './fakeSpreadsheet';
import { scriptRunCopy } from './scriptRunValue';

export const BUNDLE_PATH = join(__dirname, '../../dist/Code.js');

let cachedCode: string | null = null;
export function bundleCode(): string {
  cachedCode ??= readFileSync(BUNDLE_PATH, 'utf8');
  return cachedCode;
}

/**
 * A Date constructor whose `new Date()` is the given instant. Its prototype is the real Date's, so the
 * Dates the stand-in hands over and the ones the bundle makes are the same kind (instanceof works both ways).
 */
function dateFixedAt(nowMs: number): DateConstructor {
  const RealDate = Date;
  function ClockDate(this: unknown, ...args: unknown[]) {
    if (!new.target) return new RealDate(nowMs).toString();
    return args.length
      ? new (RealDate as unknown as new (...a: unknown[]) => Date)(...args)
      : new RealDate(nowMs);
  }
  ClockDate.prototype = RealDate.prototype;
  ClockDate.now = () => nowMs;
  ClockDate.UTC = RealDate.UTC;
  ClockDate.parse = RealDate.parse;
  return ClockDate as unknown as DateConstructor;
}

export interface LoadedBundle {
  doc: FakeSpreadsheet;
  log: CallLog;
  /**
   * Calls a top-level function of the bundle, as Apps Script would. The sidebar's server functions
   * (`sidebar…`) are reached through google.script.run, so their arguments and result cross it by its
   * rules. A call that breached a rule Apps Script does not enforce itself (see FakeSpreadsheet.breaches)
   * fails.
   */
  call<T = unknown>(name: string, ...args: unknown[]): T;
  /** Errors the bundle logged with console.error. */
  logged: unknown[][];
}

export interface BundleOptions {
  now?: Date;
  /** Built-ins the bundle sees in place of its own, e.g. an `Intl` without time-zone support. */
  builtIns?: Record<string, unknown>;
}

export function loadBundle(doc = new FakeSpreadsheet(), options: BundleOptions = {}): LoadedBundle {
  const { globals, log } = appsScriptGlobals(doc);
  const logged: unknown[][] = [];
  const context = vm.createContext({
    ...globals,
    Date: dateFixedAt((options.now ?? new Date()).getTime()),
    ...options.builtIns,
    console: {
      log: () => undefined,
      warn: () => undefined,
      error: (...args: unknown[]) => logged.push(args),
    },
  });
  vm.runInContext(bundleCode(), context, { filename: 'Code.js' });
  const scope = context as Record<string, unknown>;
  return {
    doc,
    log,
    logged,
    call<T>(name: string, ...args: unknown[]): T {
      const fn = scope[name];
      if (typeof fn !== 'function') throw new Error(`dist/Code.js has no top-level function ${name}`);
      const fromSidebar = name.startsWith('sidebar');
      const sent = fromSidebar ? (scriptRunCopy(args, 'arguments') as unknown[]) : args;
      const breachesBefore = doc.breaches.length;
      let result: unknown;
      let failure: { error: unknown } | null = null;
      try {
        result = fn(...sent);
      } catch (error) {
        failure = { error };
      }
      const breaches = doc.breaches.slice(breachesBefore);
      if (breaches.length) throw new Error(`${name} breached Apps Script rules: ${breaches.join('; ')}`);
      if (failure) throw failure.error;
      return (fromSidebar ? scriptRunCopy(result, 'result') : result) as T;
    },
  };
}
