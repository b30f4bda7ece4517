// Reading the runner's inputs into grids and the viewing copy.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInput, locateInput } from '../../src/cli/input';

describe('a single CSV file', () => {
  it('audits an overlong cell whole but cuts it to Excel’s cell limit in the viewing copy', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'spa-input-'));
    const note = 'x'.repeat(40_000);
    writeFileSync(join(folder, 'deals.csv'), `Created,Stage,Name\n2026-01-05,Won,${note}\n`);
    const input = await loadInput('deals.csv', locateInput('deals.csv', folder), () => undefined);

    expect(input.tabs.deals?.values[1][2]).toBe(note);
    const copied = String(input.workbook.getWorksheet(input.tabs.deals!.name)!.getCell('C2').value);
    expect(copied).toHaveLength(32_767);
    expect(copied.endsWith('…')).toBe(true);
  });
});
