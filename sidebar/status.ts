// The message line under the navigation: an error from a failed call, or a confirmation after a save.
import { h, replaceContent } from './dom';
import { tr } from './i18n';

export const statusLine = h('div', { className: 'status', attrs: { 'aria-live': 'polite' } });

function show(kind: 'error' | 'notice', message: string): void {
  statusLine.className = `status ${kind}`;
  statusLine.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  const dismiss = h(
    'button',
    {
      type: 'button',
      className: 'dismiss',
      title: tr('sidebar.dismiss'),
      onclick: clearStatus,
      attrs: { 'aria-label': tr('sidebar.dismiss') },
    },
    '×',
  );
  replaceContent(statusLine, h('span', { className: 'status-text' }, message), dismiss);
}

export function showError(message: string): void {
  show('error', message);
}

export function showNotice(message: string): void {
  show('notice', message);
}

export function clearStatus(): void {
  statusLine.className = 'status';
  statusLine.removeAttribute('role');
  replaceContent(statusLine);
}
