// A typed promise over google.script.run, the only way the sidebar reaches the add-on.
import type { ServerFunctions } from '../src/core/server-api';

type ServerName = keyof ServerFunctions;

/** google.script.run as HtmlService provides it; each with…Handler call returns a configured copy. */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

/** Raised before any call is made, so a typo or an outdated deployment does not hang the sidebar. */
export class MissingServerFunctionError extends Error {
  constructor(readonly functionName: string) {
    super(`Server function "${functionName}" is not available on google.script.run.`);
    this.name = 'MissingServerFunctionError';
  }
}

function scriptRun(): ScriptRun | undefined {
  const google = (globalThis as { google?: { script?: { run?: ScriptRun } } }).google;
  return google?.script?.run;
}

/** Apps Script hands the failure handler an Error for a thrown exception, but other values are possible. */
function toError(failure: unknown): Error {
  if (failure instanceof Error) return failure;
  const message = (failure as { message?: unknown } | null)?.message;
  return new Error(typeof message === 'string' ? message : String(failure));
}

export function callServer<K extends ServerName>(
  name: K,
  ...args: Parameters<ServerFunctions[K]>
): Promise<ReturnType<ServerFunctions[K]>> {
  return new Promise((resolve, reject) => {
    const run = scriptRun();
    if (!run || typeof run[name] !== 'function') {
      reject(new MissingServerFunctionError(name));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerFunctions[K]>))
      .withFailureHandler((failure) => reject(toError(failure)));
    (runner[name] as (...callArgs: unknown[]) => void)(...args);
  });
}
