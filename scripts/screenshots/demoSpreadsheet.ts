// The demo workbook opened in the add-on: its tabs put into the Sheets stand-in, and the built
// dist/Code.js run against it, so the sidebar shows what the add-on computes from the same data.
import ExcelJS from 'exceljs';
import { worksheetGrid } from '../../src/cli/xlsxCells';
import type { SidebarState } from '../../src/core/server-api';
import type { Lang } from '../../src/core/types';
import { FakeSpreadsheet } from '../../test/support/fakeSpreadsheet';
import { loadBundle } from '../../test/support/loadBundle';

/** What the sidebar opens with: the audit of the workbook as it is (the one `npm run demo` writes). */
export async function demoSidebarState(
  xlsxFile: string,
  lang: Lang,
  now: Date,
  timeZone: string,
): Promise<SidebarState> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxFile);
  const doc = new FakeSpreadsheet({ timeZone, locale: lang === 'pl' ? 'pl_PL' : 'en_US', userLocale: lang });
  for (const sheet of workbook.worksheets) doc.addSheet(sheet.name).fill(worksheetGrid(sheet));
  return loadBundle(doc, { now }).call<SidebarState>('sidebarLoad');
}
