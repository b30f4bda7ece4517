// Regenerates the listing's images (scripts/screenshots.mjs builds what they need first): the icons and
// card banner from their SVG sources, the Marketplace screenshots, and the README's audit-tab image.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../src/core/i18n/catalog';
import { OWN_TAB_NAMES } from '../../src/core/input/tabs';
import type { Lang } from '../../src/core/types';
import { launchBrowser } from '../../test/sidebar/harness';
import { auditTabPdf, pdfCropPng, type Crop } from './auditTab';
import { composeScreenshot, SIDEBAR_TITLE_HEIGHT, TAB_BAR_HEIGHT } from './compose';
import { demoSidebarStates } from './demoSpreadsheet';
import { renderSvg } from './icons';
import {
  DEMO_WORKBOOKS,
  IMAGES_DIR,
  MARKETPLACE_DIR,
  SCREENSHOT,
  SCREENSHOT_DIR,
  SIDEBAR_WIDTH,
  WORK_DIR,
} from './paths';
import { captureSidebar, type SidebarShot } from './sidebarCapture';

/** The demo's run: the local runner audits as of this day; the add-on stand-in runs at this instant. */
const DEMO_NOW = new Date('2026-11-27T09:00:00Z');
const DEMO_TIME_ZONE = 'Europe/Warsaw';

interface Shot {
  file: string;
  lang: Lang;
  /** Where in the audit tab the left part of the screenshot starts (pixels at 100 % zoom). */
  tabAt: { x: number; y: number };
  sidebar: SidebarShot;
}

const SHOTS: Shot[] = [
  { file: '1-audit-and-sidebar.png', lang: 'en', tabAt: { x: 0, y: 0 }, sidebar: { view: 'audit' } },
  {
    file: '2-sales-conversations.png',
    lang: 'en',
    tabAt: { x: 0, y: 580 },
    sidebar: {
      view: 'audit',
      open: ['[data-area="conversations"] summary'],
      scrollTo: '[data-area="conversations"]',
    },
  },
  { file: '3-questionnaire.png', lang: 'en', tabAt: { x: 0, y: 1310 }, sidebar: { view: 'questionnaire' } },
  { file: '4-data-mapping.png', lang: 'en', tabAt: { x: 0, y: 0 }, sidebar: { view: 'data' } },
  { file: '5-audyt-po-polsku.png', lang: 'pl', tabAt: { x: 0, y: 0 }, sidebar: { view: 'audit' } },
];

const ICONS = [
  { svg: 'icon.svg', width: 128, height: 128, png: 'icon-128.png' },
  { svg: 'icon.svg', width: 32, height: 32, png: 'icon-32.png' },
  { svg: 'card-banner.svg', width: 220, height: 140, png: 'card-banner-220x140.png' },
];

/** The README's picture of the audit tab: its top, as large as a screenshot. */
const README_TAB: Crop = { x: 0, y: 0, width: SCREENSHOT.width, height: SCREENSHOT.height };

async function main(): Promise<void> {
  for (const dir of [SCREENSHOT_DIR, IMAGES_DIR, WORK_DIR]) mkdirSync(dir, { recursive: true });
  const rendered = new Map<Lang, { pdf: string; tabs: string[] }>();
  for (const lang of ['en', 'pl'] as const) {
    const workDir = join(WORK_DIR, lang);
    const demo = DEMO_WORKBOOKS[lang];
    rendered.set(lang, await auditTabPdf(demo.output, OWN_TAB_NAMES[lang].audit, demo.posixLocale, workDir));
  }
  pdfCropPng(rendered.get('en')!.pdf, README_TAB, join(IMAGES_DIR, 'audit-tab.png'));

  const browser = await launchBrowser();
  try {
    for (const icon of ICONS) {
      const outFile = join(MARKETPLACE_DIR, icon.png);
      await renderSvg(browser, { ...icon, svgFile: join(MARKETPLACE_DIR, icon.svg), outFile });
    }
    for (const shot of SHOTS) {
      const { pdf, tabs } = rendered.get(shot.lang)!;
      const states = await demoSidebarStates(
        DEMO_WORKBOOKS[shot.lang].input,
        shot.lang,
        DEMO_NOW,
        DEMO_TIME_ZONE,
      );
      const tabCrop: Crop = {
        ...shot.tabAt,
        width: SCREENSHOT.width - SIDEBAR_WIDTH - 1,
        height: SCREENSHOT.height - TAB_BAR_HEIGHT,
      };
      const tabPng = pdfCropPng(pdf, tabCrop, join(WORK_DIR, shot.lang, `tab-${shot.file}`));
      // Saved answers count in the scores, so only the Questions view shows the answered state.
      const state = shot.sidebar.view === 'questionnaire' ? states.answered : states.opened;
      const sidebarPng = await captureSidebar(
        browser,
        state,
        shot.sidebar,
        SCREENSHOT.height - SIDEBAR_TITLE_HEIGHT,
      );
      const frame = {
        sidebarTitle: t(shot.lang, 'addon.sidebarTitle'),
        tabs,
        activeTab: OWN_TAB_NAMES[shot.lang].audit,
      };
      await composeScreenshot(browser, frame, tabPng, sidebarPng, join(SCREENSHOT_DIR, shot.file));
      console.log(`docs/marketplace/screenshots/${shot.file}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
