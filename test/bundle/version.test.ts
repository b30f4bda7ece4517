// Help names the version package.json states: the build writes it into dist/Code.js, no copy by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeSpreadsheet } from '../support/fakeSpreadsheet';
import { loadBundle } from '../support/loadBundle';

const { version } = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
  version: string;
};

describe('Help', () => {
  it.each([
    ['en_US', `Sales Process Audit, version ${version}`],
    ['pl_PL', `Audyt procesu sprzedaży, wersja ${version}`],
  ])('in a %s spreadsheet shows package.json’s version', (locale, line) => {
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    const doc = new FakeSpreadsheet({ locale, userLocale: locale.slice(0, 2) });
    loadBundle(doc).call('showHelp');
    expect(doc.dialogs).toHaveLength(1);
    expect(doc.dialogs[0].html).toContain(`<p>${line}</p>`);
  });
});
