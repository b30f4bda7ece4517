// The one place the sidebar keeps what the server last said and which view is open.
import type { SidebarState } from '../src/core/server-api';
import type { Lang } from '../src/core/types';

export type ViewId = 'audit' | 'questionnaire' | 'data' | 'settings';

type Listener = () => void;

let state: SidebarState | null = null;
let view: ViewId = 'audit';
const listeners: Listener[] = [];

function notify(): void {
  for (const listener of listeners) listener();
}

export function currentState(): SidebarState | null {
  return state;
}

export function currentView(): ViewId {
  return view;
}

/** Before the first answer from the server, the browser's language is the best guess. */
export function currentLanguage(): Lang {
  if (state) return state.language;
  return /^pl\b/i.test(navigator.language) ? 'pl' : 'en';
}

export function setState(next: SidebarState): void {
  state = next;
  notify();
}

export function setView(next: ViewId): void {
  view = next;
  notify();
}

export function onChange(listener: Listener): void {
  listeners.push(listener);
}
