// Boots the sidebar: navigation, the status line, and the open view, re-rendered when the state changes.
import './messages';
import { describeError } from './actions';
import { h, replaceContent } from './dom';
import { tr } from './i18n';
import { callServer } from './server';
import { currentState, currentView, onChange, setState, setView, type ViewId } from './store';
import { showError, statusLine } from './status';
import { auditView } from './views/audit';
import { dataView } from './views/data';
import { questionnaireView } from './views/questionnaire';
import { settingsView } from './views/settings';
import type { SidebarState } from '../src/core/server-api';

const VIEWS: Record<ViewId, (state: SidebarState) => HTMLElement> = {
  audit: auditView,
  questionnaire: questionnaireView,
  data: dataView,
  settings: settingsView,
};

const nav = h('nav', { className: 'tabs', attrs: { role: 'tablist' } });
const content = h('div', { className: 'content' });

function renderNav(): void {
  const open = currentView();
  replaceContent(
    nav,
    ...(Object.keys(VIEWS) as ViewId[]).map((view) =>
      h(
        'button',
        {
          type: 'button',
          className: view === open ? 'tab selected' : 'tab',
          onclick: () => setView(view),
          attrs: { role: 'tab', 'aria-selected': String(view === open), 'data-view': view },
        },
        tr(`sidebar.nav.${view}`),
      ),
    ),
  );
}

function load(): void {
  replaceContent(content, h('p', { className: 'secondary' }, tr('sidebar.loading')));
  callServer('sidebarLoad').then(setState, (error: unknown) => {
    showError(describeError(error));
    const retry = h('button', { type: 'button', onclick: load }, tr('sidebar.retry'));
    replaceContent(content, h('div', { className: 'buttons' }, retry));
  });
}

function render(): void {
  renderNav();
  const state = currentState();
  document.documentElement.lang = state?.language ?? 'en';
  if (state) replaceContent(content, VIEWS[currentView()](state));
}

const app = document.getElementById('app');
if (app) {
  replaceContent(app, nav, statusLine, content);
  onChange(render);
  renderNav();
  load();
}
