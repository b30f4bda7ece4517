// The store listing's texts fit the Marketplace's limits (developers.google.com/workspace/marketplace/create-listing)
// in both languages, and the images it names have the sizes the listing asks for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sectionsAt } from './markdown';

const MARKETPLACE = join(__dirname, '../../docs/marketplace');
const listing = readFileSync(join(MARKETPLACE, 'listing.md'), 'utf8');
const languages = sectionsAt(listing, 2);

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(join(MARKETPLACE, file));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the listing is written in English and Polish', () => {
  expect([...languages.keys()]).toEqual(['English', 'Polski']);
});

describe.each(['English', 'Polski'])('%s texts', (language) => {
  const fields = sectionsAt(languages.get(language) ?? '', 3);

  test('have every required field', () => {
    expect([...fields.keys()]).toEqual(['Application name', 'Short description', 'Detailed description']);
  });

  test('fit the limits: name ≤ 50 characters without "Google", short ≤ 200, detailed < 16,000', () => {
    const name = fields.get('Application name') ?? '';
    expect(name.length).toBeGreaterThan(0);
    expect(name.length).toBeLessThanOrEqual(50);
    expect(name).not.toMatch(/google/i);
    expect(name).not.toContain('\n');
    const short = fields.get('Short description') ?? '';
    expect(short.length).toBeGreaterThan(50);
    expect(short.length).toBeLessThanOrEqual(200);
    expect(short).not.toContain('\n');
    const detailed = fields.get('Detailed description') ?? '';
    expect(detailed.length).toBeGreaterThan(500);
    expect(detailed.length).toBeLessThan(16_000);
  });
});

test.each([
  ['icon-128.png', 128, 128],
  ['icon-32.png', 32, 32],
  ['card-banner-220x140.png', 220, 140],
  ['screenshots/1-audit-and-sidebar.png', 1280, 800],
  ['screenshots/2-monthly-sales.png', 1280, 800],
  ['screenshots/3-channels.png', 1280, 800],
  ['screenshots/4-data-mapping.png', 1280, 800],
  ['screenshots/5-audyt-po-polsku.png', 1280, 800],
])('%s is %i×%i', (file, width, height) => {
  expect(pngSize(file)).toEqual({ width, height });
});
