// The demo workbook opened in the add-on: its tabs put into the Sheets stand-in, and the built
// dist/Code.js run against it, so the sidebar shows what the add-on computes from the same data.
import ExcelJS from 'exceljs';
import { worksheetGrid } from '../../src/cli/xlsxCells';
import type { SidebarState } from '../../src/core/server-api';
import type { Lang, QuestionAnswer, QuestionId } from '../../src/core/types';
import { FakeSpreadsheet } from '../../test/support/fakeSpreadsheet';
import { loadBundle } from '../../test/support/loadBundle';

/** A sample of answers, so the Questions view shows every kind: answered, with a note, not answered. */
function sampleAnswers(lang: Lang): Partial<Record<QuestionId, QuestionAnswer>> {
  const pl = lang === 'pl';
  return {
    'q.softSkills.needsAnalysis': { answer: 'yes', note: '' },
    'q.softSkills.objections': {
      answer: 'partly',
      note: pl ? 'Tylko dwóch starszych handlowców' : 'Only the two senior salespeople',
    },
    'q.softSkills.closing': { answer: 'no', note: '' },
    'q.aftersales.firstLine': {
      answer: 'yes',
      note: pl ? 'Opiekun dla każdego klienta' : 'An account manager per customer',
    },
  };
}

export interface DemoSidebarStates {
  /** What the sidebar opens with: the audit of the workbook as it is (the one `npm run demo` writes). */
  opened: SidebarState;
  /** After a few questionnaire answers were saved; they count in the area scores, so only the Questions view uses it. */
  answered: SidebarState;
}

export async function demoSidebarStates(
  xlsxFile: string,
  lang: Lang,
  now: Date,
  timeZone: string,
): Promise<DemoSidebarStates> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxFile);
  const doc = new FakeSpreadsheet({ timeZone, locale: lang === 'pl' ? 'pl_PL' : 'en_US', userLocale: lang });
  for (const sheet of workbook.worksheets) doc.addSheet(sheet.name).fill(worksheetGrid(sheet));
  const bundle = loadBundle(doc, { now });
  const opened = bundle.call<SidebarState>('sidebarLoad');
  return { opened, answered: bundle.call<SidebarState>('sidebarSaveAnswers', sampleAnswers(lang)) };
}
