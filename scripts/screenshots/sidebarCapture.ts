// Captures views of the built sidebar in headless Chromium, through the sidebar tests' harness (its
// google.script.run stand-in answers from the state the add-on computed).
import type { Browser } from 'playwright-core';
import type { SidebarState } from '../../src/core/server-api';
import { openSidebar } from '../../test/sidebar/harness';
import { SIDEBAR_WIDTH } from './paths';

export type SidebarView = 'audit' | 'questionnaire' | 'data' | 'settings';

export interface SidebarShot {
  view: SidebarView;
  /** Elements to click first, e.g. an area card to open it. */
  open?: string[];
  /** The element that should be at the top of the capture (default: the top of the sidebar). */
  scrollTo?: string;
}

/** A PNG of `height` pixels of the sidebar showing the shot's view. */
export async function captureSidebar(
  browser: Browser,
  state: SidebarState,
  shot: SidebarShot,
  height: number,
): Promise<Buffer> {
  const sidebar = await openSidebar(browser, state);
  try {
    const { page } = sidebar;
    await page.locator('#run-audit').waitFor();
    if (shot.view !== 'audit') await page.locator(`[data-view="${shot.view}"]`).click();
    for (const selector of shot.open ?? []) await page.locator(selector).click();
    const top = shot.scrollTo
      ? await page.locator(shot.scrollTo).evaluate((element) => element.getBoundingClientRect().top)
      : 0;
    if (sidebar.pageErrors.length) throw new Error(`The sidebar failed: ${sidebar.pageErrors.join('; ')}`);
    return await page.screenshot({
      fullPage: true,
      clip: { x: 0, y: Math.max(0, top - 8), width: SIDEBAR_WIDTH, height },
    });
  } finally {
    await sidebar.close();
  }
}
