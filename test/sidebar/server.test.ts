// callServer over a google.script.run stand-in that behaves like HtmlService's client.
import { callServer, MissingServerFunctionError } from '../../sidebar/server';
import { scriptRunCopy } from '../support/scriptRunValue';

type Handler = (value: unknown) => void;
const root = globalThis as { google?: unknown };

function installRun(functions: Record<string, (...args: unknown[]) => unknown>): void {
  const makeRunner = (success: Handler | null, failure: Handler | null): Record<string, unknown> => {
    const runner: Record<string, unknown> = {
      withSuccessHandler: (handler: Handler) => makeRunner(handler, failure),
      withFailureHandler: (handler: Handler) => makeRunner(success, handler),
    };
    for (const [name, fn] of Object.entries(functions)) {
      runner[name] = (...args: unknown[]) => {
        const sent = scriptRunCopy(args, 'arguments') as unknown[];
        // Answers arrive asynchronously, after the call has returned.
        setTimeout(() => {
          try {
            success?.(scriptRunCopy(fn(...sent), 'result'));
          } catch (error) {
            failure?.(error);
          }
        }, 0);
      };
    }
    return runner;
  };
  root.google = { script: { run: makeRunner(null, null) } };
}

afterEach(() => {
  delete root.google;
});

test('resolves with what the server function returns, called with the given arguments', async () => {
  installRun({ sidebarSelectBlock: (blockId) => blockId === 'channels' });
  await expect(callServer('sidebarSelectBlock', 'channels')).resolves.toBe(true);
  await expect(callServer('sidebarSelectBlock', 'area.acquisition')).resolves.toBe(false);
});

test('rejects with the server error', async () => {
  installRun({
    sidebarRunAudit: () => {
      throw new Error('Another audit is running. Try again in a minute.');
    },
  });
  await expect(callServer('sidebarRunAudit')).rejects.toThrow(
    'Another audit is running. Try again in a minute.',
  );
});

test('turns a failure that is not an Error into one', async () => {
  installRun({
    sidebarRunAudit: () => {
      throw { message: 'Exception: Service Spreadsheets timed out' };
    },
  });
  await expect(callServer('sidebarRunAudit')).rejects.toThrow('Exception: Service Spreadsheets timed out');
});

test('fails fast when the function is missing on google.script.run', async () => {
  installRun({ sidebarLoad: () => null });
  const call = callServer('sidebarSaveMapping', { deals: { owner: 'Owner' } });
  await expect(call).rejects.toBeInstanceOf(MissingServerFunctionError);
  await expect(call).rejects.toThrow(
    'Server function "sidebarSaveMapping" is not available on google.script.run.',
  );
});

test('fails fast outside Apps Script, where there is no google.script.run', async () => {
  await expect(callServer('sidebarLoad')).rejects.toMatchObject({ functionName: 'sidebarLoad' });
});

test('rejects when the server returns what google.script.run cannot carry (a Date)', async () => {
  installRun({ sidebarLoad: () => ({ lastRun: { generatedAt: new Date(0) } }) });
  await expect(callServer('sidebarLoad')).rejects.toThrow(
    /cannot carry a Date \(at result\.lastRun\.generatedAt\)/,
  );
});
