// Where the image scripts read and write. The bundle runs from build/screenshots/, two folders deep like
// this source, so the same relative root holds for both (and for the test harness it reuses).
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');
export const MARKETPLACE_DIR = join(ROOT, 'docs/marketplace');
export const SCREENSHOT_DIR = join(MARKETPLACE_DIR, 'screenshots');
export const IMAGES_DIR = join(ROOT, 'docs/images');
/** The example workbooks, and the copies with the local runner's audit tab that screenshots.mjs writes. */
export const DEMO_WORKBOOKS = {
  en: {
    input: join(ROOT, 'examples/sample-sales.xlsx'),
    output: join(ROOT, 'out/sample-sales-audit.xlsx'),
    posixLocale: 'en_US.UTF-8',
  },
  pl: {
    input: join(ROOT, 'examples/sample-sales-pl.xlsx'),
    output: join(ROOT, 'out/sample-sales-pl-audit.xlsx'),
    posixLocale: 'pl_PL.UTF-8',
  },
};
export const WORK_DIR = join(ROOT, 'build/screenshots/work');

/** Google Workspace Marketplace store listing screenshot size. */
export const SCREENSHOT = { width: 1280, height: 800 };
/** Apps Script sidebars are 300 px wide. */
export const SIDEBAR_WIDTH = 300;
