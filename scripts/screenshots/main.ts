// Regenerates the listing's images (scripts/screenshots.mjs builds what they need first): the icons and
// card banner from their SVG sources, the Marketplace screenshots, and the README's audit-tab image.
import '../../test/support/registerAllMessages';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { t, type MessageKey } from '../../src/core/i18n/catalog';
import { OWN_TAB_NAMES } from '../../src/core/input/tabs';
import type { Lang } from '../../src/core/types';
import { launchBrowser } from '../../test/sidebar/harness';
import { auditTabPdf, lineTop, pdfCropPng, type Crop } from './auditTab';
import { CAPTION_HEIGHT, composeScreenshot, SIDEBAR_TITLE_HEIGHT } from './compose';
import { demoSidebarState } from './demoSpreadsheet';
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
  /** The section heading the audit tab's part of the screenshot starts at; null: the top of the tab. */
  tabFrom: MessageKey | null;
  sidebar: SidebarShot;
}

const SHOTS: Shot[] = [
  { file: '1-audit-and-sidebar.png', lang: 'en', tabFrom: null, sidebar: { view: 'audit' } },
  {
    file: '2-monthly-sales.png',
    lang: 'en',
    tabFrom: 'tab.chart.monthly.table',
    sidebar: { view: 'audit', scrollTo: '.charts' },
  },
  {
    file: '3-channels.png',
    lang: 'en',
    tabFrom: 'tab.channels.title',
    sidebar: { view: 'audit', scrollTo: '.channels' },
  },
  { file: '4-data-mapping.png', lang: 'en', tabFrom: 'tab.dataQuality.title', sidebar: { view: 'data' } },
  { file: '5-audyt-po-polsku.png', lang: 'pl', tabFrom: null, sidebar: { view: 'audit' } },
];

/**
 * What every screenshot says about itself. Documentation, not the add-on's interface, so not in the
 * message catalog (which the bundles carry).
 */
const CAPTIONS: Record<Lang, string> = {
  en:
    'Not a Google Sheets screenshot: left, the audit tab of the .xlsx the local runner wrote for the demo data, ' +
    'rendered by LibreOffice; right, the add-on’s sidebar in Chromium, on the same data.',
  pl:
    'To nie zrzut ekranu z Arkuszy Google: po lewej karta audytu z pliku .xlsx, który lokalny program zapisał ' +
    'dla danych przykładowych, w LibreOffice; po prawej panel boczny dodatku w Chromium, na tych samych danych.',
};

/** Space kept above a section's heading in a crop, so it does not sit on the image's edge. */
const HEADING_MARGIN = 12;

const ICONS = [
  { svg: 'icon.svg', width: 128, height: 128, png: 'icon-128.png' },
  { svg: 'icon.svg', width: 32, height: 32, png: 'icon-32.png' },
  { svg: 'card-banner.svg', width: 220, height: 140, png: 'card-banner-220x140.png' },
];

/** The summary page's width in the render: columns A–F (750 px) and a margin. */
const SUMMARY_WIDTH = 770;

async function main(): Promise<void> {
  for (const dir of [SCREENSHOT_DIR, IMAGES_DIR, WORK_DIR]) mkdirSync(dir, { recursive: true });
  const rendered = new Map<Lang, string>();
  for (const lang of ['en', 'pl'] as const) {
    const workDir = join(WORK_DIR, lang);
    const demo = DEMO_WORKBOOKS[lang];
    rendered.set(lang, await auditTabPdf(demo.output, OWN_TAB_NAMES[lang].audit, demo.posixLocale, workDir));
  }
  // The README's picture: the English summary page, down to its monthly chart (the section after it is the
  // score trend's).
  const englishPdf = rendered.get('en')!;
  const summaryHeight = lineTop(englishPdf, t('en', 'tab.chart.trend.table')) - HEADING_MARGIN;
  const summary: Crop = { x: 0, y: 0, width: SUMMARY_WIDTH, height: summaryHeight };
  pdfCropPng(englishPdf, summary, join(IMAGES_DIR, 'audit-tab.png'));

  const browser = await launchBrowser();
  try {
    for (const icon of ICONS) {
      const outFile = join(MARKETPLACE_DIR, icon.png);
      await renderSvg(browser, { ...icon, svgFile: join(MARKETPLACE_DIR, icon.svg), outFile });
    }
    for (const shot of SHOTS) {
      const pdf = rendered.get(shot.lang)!;
      const state = await demoSidebarState(
        DEMO_WORKBOOKS[shot.lang].input,
        shot.lang,
        DEMO_NOW,
        DEMO_TIME_ZONE,
      );
      const top = shot.tabFrom ? lineTop(pdf, t(shot.lang, shot.tabFrom)) - HEADING_MARGIN : 0;
      const tabCrop: Crop = {
        x: 0,
        y: Math.max(0, top),
        width: SCREENSHOT.width - SIDEBAR_WIDTH - 1,
        height: SCREENSHOT.height - CAPTION_HEIGHT,
      };
      const tabPng = pdfCropPng(pdf, tabCrop, join(WORK_DIR, shot.lang, `tab-${shot.file}`));
      const sidebarPng = await captureSidebar(
        browser,
        state,
        shot.sidebar,
        SCREENSHOT.height - SIDEBAR_TITLE_HEIGHT,
      );
      const frame = { sidebarTitle: t(shot.lang, 'addon.sidebarTitle'), caption: CAPTIONS[shot.lang] };
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
