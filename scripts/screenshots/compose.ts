// Lays a sidebar capture and an audit-tab render side by side at the Marketplace screenshot size, the way
// Sheets shows them: the tab on the left with the tab bar below it, the sidebar panel with its title on the right.
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { SCREENSHOT, SIDEBAR_WIDTH } from './paths';

export const SIDEBAR_TITLE_HEIGHT = 48;
export const TAB_BAR_HEIGHT = 34;

export interface Frame {
  /** The sidebar panel's title, as Sheets shows it. */
  sidebarTitle: string;
  /** The spreadsheet's tab names, left to right, and the one shown. */
  tabs: string[];
  activeTab: string;
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function frameHtml(frame: Frame, tabPng: Buffer, sidebarPng: Buffer | null): string {
  const tabs = frame.tabs
    .map((name) => `<span class="tab${name === frame.activeTab ? ' active' : ''}">${escapeHtml(name)}</span>`)
    .join('');
  const panel = sidebarPng
    ? `<aside><header><span>${escapeHtml(frame.sidebarTitle)}</span><span class="close">✕</span></header>` +
      `<img src="${dataUrl(sidebarPng)}"></aside>`
    : '';
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    * { box-sizing: border-box; margin: 0; }
    body { width: ${SCREENSHOT.width}px; height: ${SCREENSHOT.height}px; display: flex; overflow: hidden;
      font-family: Arial, 'Liberation Sans', sans-serif; background: #fff; }
    main { flex: 1; display: flex; flex-direction: column; min-width: 0; }
    .sheet { flex: 1; overflow: hidden; background: #fff; }
    .sheet img { display: block; }
    nav { height: ${TAB_BAR_HEIGHT}px; background: #f1f3f4; border-top: 1px solid #dadce0; display: flex;
      align-items: stretch; padding-left: 40px; font-size: 13px; color: #444; }
    .tab { padding: 9px 16px; white-space: nowrap; }
    .tab.active { background: #fff; color: #188038; font-weight: bold; box-shadow: 0 1px 3px rgba(0,0,0,.25); }
    aside { width: ${SIDEBAR_WIDTH}px; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
    header { height: ${SIDEBAR_TITLE_HEIGHT}px; display: flex; align-items: center; justify-content: space-between;
      padding: 0 16px; font-size: 16px; color: #202124; border-bottom: 1px solid #dadce0; }
    .close { color: #5f6368; font-size: 14px; }
    aside img { display: block; }
  </style></head><body><main><div class="sheet"><img src="${dataUrl(tabPng)}"></div><nav>${tabs}</nav></main>${panel}</body></html>`;
}

/** Writes the framed screenshot to `outFile`. */
export async function composeScreenshot(
  browser: Browser,
  frame: Frame,
  tabPngFile: string,
  sidebarPng: Buffer | null,
  outFile: string,
): Promise<void> {
  const context = await browser.newContext({ viewport: SCREENSHOT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.setContent(frameHtml(frame, readFileSync(tabPngFile), sidebarPng), { waitUntil: 'load' });
    await page.screenshot({ path: outFile });
  } finally {
    await context.close();
  }
}
