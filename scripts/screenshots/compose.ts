// Lays a sidebar capture and an audit-tab render side by side at the Marketplace screenshot size: the tab on
// the left, the sidebar panel with its title on the right, and a caption along the bottom that says what the
// picture is. It is a composite, not a screenshot of Google Sheets, so it draws none of Sheets' own chrome.
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { SCREENSHOT, SIDEBAR_WIDTH } from './paths';

export const SIDEBAR_TITLE_HEIGHT = 48;
export const CAPTION_HEIGHT = 34;

export interface Frame {
  /** The sidebar panel's title, as the add-on sets it. */
  sidebarTitle: string;
  /** What the picture is made of, in the shot's language. */
  caption: string;
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function frameHtml(frame: Frame, tabPng: Buffer, sidebarPng: Buffer): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    * { box-sizing: border-box; margin: 0; }
    body { width: ${SCREENSHOT.width}px; height: ${SCREENSHOT.height}px; display: flex; flex-direction: column;
      overflow: hidden; font-family: Arial, 'Liberation Sans', sans-serif; background: #fff; }
    .panes { flex: 1; display: flex; min-height: 0; }
    .sheet { flex: 1; overflow: hidden; background: #fff; min-width: 0; }
    .sheet img { display: block; }
    aside { width: ${SIDEBAR_WIDTH}px; border-left: 1px solid #dadce0; display: flex; flex-direction: column;
      overflow: hidden; }
    header { height: ${SIDEBAR_TITLE_HEIGHT}px; flex: none; display: flex; align-items: center; padding: 0 16px;
      font-size: 16px; color: #202124; border-bottom: 1px solid #dadce0; }
    aside img { display: block; }
    footer { height: ${CAPTION_HEIGHT}px; flex: none; display: flex; align-items: center; padding: 0 16px;
      background: #f1f3f4; border-top: 1px solid #dadce0; font-size: 12px; color: #5f6368; }
  </style></head><body><div class="panes"><div class="sheet"><img src="${dataUrl(tabPng)}"></div>
    <aside><header>${escapeHtml(frame.sidebarTitle)}</header><img src="${dataUrl(sidebarPng)}"></aside></div>
    <footer>${escapeHtml(frame.caption)}</footer></body></html>`;
}

/** Writes the composed picture to `outFile`. */
export async function composeScreenshot(
  browser: Browser,
  frame: Frame,
  tabPngFile: string,
  sidebarPng: Buffer,
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
