// What the add-on writes fits a Sheets cell whatever the data holds: names of 60,000 characters, costs of
// 1e308. The stand-in refuses a write over 50,000 characters and fails a call that writes a number that is
// not finite, as a user would see it break.
import { quoted, shortened } from '../../src/core/cells/writing';
import { auditSpreadsheet } from '../../src/core/audit';
import { generateSalesData } from '../../src/core/sample/generator';
import type { Cell, NamedGrid } from '../../src/core/types';
import { CELL_TEXT_LIMIT } from '../support/appsScriptGlobals';
import { FakeSpreadsheet, NUMBER_ERROR } from '../support/fakeSpreadsheet';
import { loadBundle } from '../support/loadBundle';
import { fillTabs, GENERATED_AT, NOW, TODAY } from '../support/scenarios';

const AUDIT_TAB = 'Sales Process Audit';

/** A name of `length` characters that starts like the real one, so a test can find it. */
function longName(name: string, length = 60_000): string {
  return `${name} ${'x'.repeat(length)}`.slice(0, length);
}

/** The sample's channel to drop, its flagged salesperson and its most common lost reason. */
const RENAMED = ['Cold calling', 'Ryan Cole', 'Chose a competitor'];

function renamed(grids: NamedGrid[], names: Map<string, string>): NamedGrid[] {
  return grids.map((grid) => ({
    name: grid.name,
    values: grid.values.map((row) =>
      row.map((cell) => (typeof cell === 'string' ? (names.get(cell) ?? cell) : cell)),
    ),
  }));
}

function sampleGrids(): NamedGrid[] {
  const data = generateSalesData({ deals: 300, today: TODAY, lang: 'en', seed: 7 });
  return [data.deals, data.channels, data.customers];
}

function spreadsheetOf(grids: NamedGrid[]): FakeSpreadsheet {
  const doc = new FakeSpreadsheet({ timeZone: 'Europe/Warsaw', locale: 'en_US', userLocale: 'en' });
  fillTabs(doc, grids);
  return doc;
}

function auditTexts(grids: NamedGrid[]): string[] {
  const [deals, channels, customers] = grids;
  const result = auditSpreadsheet({
    deals,
    channels,
    customers,
    settings: null,
    history: null,
    today: TODAY,
    generatedAt: GENERATED_AT,
    timeZone: 'Europe/Warsaw',
    locale: 'en-US',
  });
  return result.auditPlan.values.flat().filter((value): value is string => typeof value === 'string');
}

function allCells(doc: FakeSpreadsheet): Cell[] {
  return doc.sheets.flatMap((sheet) => sheet.values().flat());
}

describe('names of 60,000 characters (channel, salesperson, lost reason)', () => {
  const names = new Map(RENAMED.map((name) => [name, longName(name)]));
  const grids = renamed(sampleGrids(), names);
  const doc = spreadsheetOf(grids);
  loadBundle(doc, { now: NOW }).call('runAudit');
  const written = doc.sheets.filter((sheet) => !['Deals', 'Channels', 'Customers'].includes(sheet.name));

  it('the audit runs, and no cell of a tab it wrote is over 50,000 characters', () => {
    expect(written.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining([AUDIT_TAB, 'Audit history', 'Audit snapshots']),
    );
    const longest = Math.max(
      ...written.flatMap((sheet) =>
        sheet
          .values()
          .flat()
          .map((cell) => (typeof cell === 'string' ? cell.length : 0)),
      ),
    );
    expect(longest).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
  });

  it('a table cell holding the name alone keeps its first 49,999 characters and an ellipsis', () => {
    const cells = doc.sheet(AUDIT_TAB)!.values().flat();
    const channel = shortened(names.get('Cold calling')!, CELL_TEXT_LIMIT - 1);
    expect(channel).toHaveLength(CELL_TEXT_LIMIT - 1);
    expect(cells).toContain(channel);
    expect(cells).toContain(shortened(names.get('Ryan Cole')!, CELL_TEXT_LIMIT - 1));
    expect(cells).toContain(shortened(names.get('Chose a competitor')!, CELL_TEXT_LIMIT - 1));
  });

  it('a sentence quoting a name reads whole, the name shortened to 100 characters', () => {
    const cells = doc.sheet(AUDIT_TAB)!.values().flat();
    // Every sentence of the audit with the short names, each name replaced by its long one as quoted.
    const sentences = auditTexts(sampleGrids()).filter((text) =>
      RENAMED.some((name) => text.includes(name) && text !== name),
    );
    const expected = sentences.map((text) =>
      RENAMED.reduce((sentence, name) => sentence.split(name).join(quoted(names.get(name)!)), text),
    );
    // The drop action, the coaching action and the win rate's lost reason are among them.
    expect(expected).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /\d\. Stop or rework Cold calling x{86}…: \$13,252 spent this period without a single new customer$/,
        ),
        expect.stringMatching(/\d\. Coach Ryan Cole x{89}… on needs analysis and closing: wins 21\.6% /),
        expect.stringMatching(
          /the most common lost reason is "Chose a competitor x{80}…" \(37 of 144 lost deals\); open deals/,
        ),
      ]),
    );
    for (const sentence of expected) expect(cells).toContain(sentence);
  });
});

describe('costs of 1e308 in the Channels tab', () => {
  it('are data issues; nothing the add-on writes is a number that is not finite', () => {
    const grids = sampleGrids();
    const channels = grids[1];
    const cost = channels.values[0].indexOf('Cost');
    // Every cost of the first two months: 1e308 twice would add up to Infinity.
    channels.values.slice(1, 13).forEach((row) => (row[cost] = 1e308));
    const doc = spreadsheetOf(grids);
    // loadBundle fails the call if the stand-in saw a non-finite number written (see checkCells).
    loadBundle(doc, { now: NOW }).call('runAudit');
    expect(allCells(doc)).not.toContain(NUMBER_ERROR);
    const issues = doc
      .sheet(AUDIT_TAB)!
      .values()
      .filter((row) => row[0] === 'Channels' && row[2] === 'Cost');
    expect(issues.map((row) => row[1])).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(issues[0][4]).toBe(
      'The number 1e+308 is too large to be an amount or a count; check the cell. The row is not used.',
    );
  });
});
