// Every server call the user triggers goes through here: the control is disabled while the call runs and
// usable again afterwards whatever happened, and a failure always ends up in the status line.
import type { MessageKey } from '../src/core/i18n/catalog';
import type { ServerFunctions, SidebarState } from '../src/core/server-api';
import { h, replaceContent } from './dom';
import { tr } from './i18n';
import { callServer, MissingServerFunctionError } from './server';
import { clearStatus, showError, showNotice } from './status';
import { setState } from './store';

export function describeError(error: unknown): string {
  if (error instanceof MissingServerFunctionError) {
    return tr('sidebar.error.missingFunction', { name: error.functionName });
  }
  const message = error instanceof Error ? error.message : String(error);
  return tr('sidebar.error.prefix', { message });
}

function markBusy(control: HTMLButtonElement | HTMLSelectElement, busyText: MessageKey | null): () => void {
  control.disabled = true;
  control.setAttribute('aria-busy', 'true');
  if (!(control instanceof HTMLButtonElement) || busyText === null) {
    return () => {
      control.disabled = false;
      control.removeAttribute('aria-busy');
    };
  }
  const label = Array.from(control.childNodes);
  replaceContent(
    control,
    h('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }),
    tr(busyText),
  );
  return () => {
    control.disabled = false;
    control.removeAttribute('aria-busy');
    replaceContent(control, ...label);
  };
}

/** Runs a server function for a control; resolves to its result, or to undefined after showing the error. */
export async function runAction<K extends keyof ServerFunctions>(
  control: HTMLButtonElement | HTMLSelectElement,
  busyText: MessageKey | null,
  name: K,
  ...args: Parameters<ServerFunctions[K]>
): Promise<ReturnType<ServerFunctions[K]> | undefined> {
  const release = markBusy(control, busyText);
  clearStatus();
  try {
    return await callServer(name, ...args);
  } catch (error) {
    showError(describeError(error));
    return undefined;
  } finally {
    release();
  }
}

/** The server functions that answer with the sidebar's new state. */
type StateFunction = {
  [K in keyof ServerFunctions]: ReturnType<ServerFunctions[K]> extends SidebarState ? K : never;
}[keyof ServerFunctions];

/** Runs a server function that changes the document: shows the state it answers with and what was done. */
export async function updateState<K extends StateFunction>(
  control: HTMLButtonElement | HTMLSelectElement,
  busyText: MessageKey | null,
  doneText: MessageKey,
  name: K,
  ...args: Parameters<ServerFunctions[K]>
): Promise<void> {
  const next = await runAction(control, busyText, name, ...args);
  if (next) {
    setState(next as SidebarState);
    showNotice(tr(doneText));
  }
}
