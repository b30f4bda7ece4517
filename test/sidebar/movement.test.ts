// "Since the last audit" in the built sidebar's Audit view (SPEC §1.7, issue 13), in headless Chromium.
import { t } from '../../src/core/i18n/catalog';
import type { Movement } from '../../src/core/types';
import { movementDeal } from '../core/plan/fixtures';
import { sidebarSession } from './harness';
import { HOSTILE_CHANNEL, sidebarState } from './fixtures';

const { open } = sidebarSession();
const NBSP = '\u00a0';

const deal = movementDeal;

/** Every figure different, so a figure shown in another's place cannot pass. */
function movement(): Movement {
  return {
    since: '2024-05-02T09:30:00+02:00',
    compared: 12345,
    won: 1,
    lost: 2,
    removed: 3,
    advanced: 4,
    movedBack: 5,
    changedStage: 6,
    unchanged: 7,
    slipped: 2,
    stuck: 12,
    newDeals: 9,
    reopened: 0,
    transitions: [{ from: 'Qualified', to: 'Proposal', deals: 4 }],
    timeInStage: [{ stage: 'Proposal', medianDays: 41, deals: 5 }],
    slippedDeals: [
      deal('S1', { expectedClose: '2024-07-15', previousExpectedClose: '2024-06-15', value: 12500 }),
      deal('S2', {
        customer: null,
        name: null,
        stage: 'Negotiation',
        owner: null,
        value: null,
        expectedClose: '2024-08-01',
        previousExpectedClose: '2024-06-20',
      }),
    ],
    // The server hands the sidebar the first 10 of the 12 (sidebarReport caps the list).
    stuckDeals: Array.from({ length: 10 }, (_, i) =>
      deal(`T${i + 1}`, { daysInStage: 200 - i, stage: i === 0 ? HOSTILE_CHANNEL : 'Proposal' }),
    ),
  };
}

const listRows = (sidebar: Awaited<ReturnType<typeof open>>, index: number) =>
  sidebar.page
    .locator('.movement .movement-deals')
    .nth(index)
    .locator('.list-row')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('.list-name')?.textContent,
        row.querySelector('.secondary')?.textContent,
      ]),
    );

test('on the first audit it says in one line from when the movement shows', async () => {
  const state = sidebarState('en');
  state.report!.movement = null;
  const s = await open(state);
  const section = s.page.locator('.movement');
  await expect(section.locator('h3').textContent()).resolves.toBe('Since the last audit');
  await expect(section.locator('p').allTextContents()).resolves.toEqual([
    'This first audit noted where every open deal stands; what moved since then shows from the next audit after 2024-06-03.',
  ]);
  await expect(section.locator('li').count()).resolves.toBe(0);
});

test('shows every movement figure with the tab’s labels, and the slipped and stuck deals', async () => {
  const state = sidebarState('en');
  state.report!.movement = movement();
  const s = await open(state);
  const section = s.page.locator('.movement');
  await expect(section.locator('p.secondary').first().textContent()).resolves.toBe(
    'Compared with the audit of 2024-05-02 09:30',
  );
  const figures = await section
    .locator('[data-figure]')
    .evaluateAll((items) =>
      items.map((item) => [
        item.getAttribute('data-figure'),
        item.querySelector('.metric-name')?.textContent,
        item.querySelector('.metric-value')?.textContent,
      ]),
    );
  expect(figures).toEqual([
    ['compared', 'were open at that audit', '12,345'],
    ['won', 'were won since', '1'],
    ['lost', 'were lost since', '2'],
    ['removed', 'are no longer in the data', '3'],
    ['advanced', 'moved to a later stage', '4'],
    ['movedBack', 'moved back to an earlier stage', '5'],
    ['changedStage', 'changed to or from a stage outside the stage order', '6'],
    ['unchanged', 'stayed in the same stage', '7'],
    ['slipped', 'had their expected close date moved later', '2'],
    ['stuck', 'are stuck in their stage', '12'],
    ['newDeals', 'are new since that audit', '9'],
    ['reopened', 'are open again, or were added late', '0'],
  ]);

  await expect(section.locator('.movement-deals h4').allTextContents()).resolves.toEqual([
    'Expected close date moved later (2)',
    'Stuck in their stage (12)',
  ]);
  await expect(listRows(s, 0)).resolves.toEqual([
    [
      'Customer S1',
      `Stage: Proposal · Value: 12,500${NBSP}zł · Salesperson: Ann · Expected close: 2024-07-15 · Was at the last audit: 2024-06-15`,
    ],
    // Nothing known but the key and the stage: each missing field says so rather than vanishing.
    [
      'S2',
      'Stage: Negotiation · Value: — · Salesperson: — · Expected close: 2024-08-01 · Was at the last audit: 2024-06-20',
    ],
  ]);
  const stuck = await listRows(s, 1);
  expect(stuck).toHaveLength(10);
  expect(stuck[0]).toEqual([
    'Customer T1',
    `Stage: ${HOSTILE_CHANNEL} · Value: 1,000${NBSP}zł · Salesperson: Ann · Days in stage: 200`,
  ]);
  expect(stuck[9][1]).toMatch(/Days in stage: 191$/);
  // Two of the twelve are only on the tab: the list links there.
  await expect(section.locator('.movement-deals').nth(0).locator('[data-block]').count()).resolves.toBe(0);
  await section.locator('.movement-deals').nth(1).locator('[data-block="movement"]').click();
  await s.waitForCalls('sidebarSelectBlock', 1);
  await expect(s.callsTo('sidebarSelectBlock')).resolves.toEqual([['movement']]);

  // A stage named like HTML stays text.
  await expect(section.locator('img').count()).resolves.toBe(0);
  await s.screenshot('sidebar-movement');
  expect(s.dialogs).toEqual([]);
  expect(s.pageErrors).toEqual([]);
});

test('speaks Polish, with Polish dates and figures', async () => {
  const state = sidebarState('pl');
  state.report!.movement = movement();
  const s = await open(state);
  const section = s.page.locator('.movement');
  await expect(section.locator('h3').textContent()).resolves.toBe(t('pl', 'tab.movement.title'));
  await expect(section.locator('[data-figure="compared"] .metric-value').textContent()).resolves.toBe(
    `12${NBSP}345`,
  );
  // The labels are the catalog's (their Polish wording is reviewed there); the figures are checked here.
  const label = (key: Parameters<typeof t>[1]) => t('pl', key);
  await expect(listRows(s, 0)).resolves.toContainEqual([
    'Customer S1',
    `${label('tab.movement.col.stage')}: Proposal · ${label('tab.col.value')}: 12${NBSP}500${NBSP}zł · ` +
      `${label('tab.col.owner')}: Ann · ${label('tab.movement.col.expectedClose')}: 15.07.2024 · ` +
      `${label('tab.movement.col.previousExpectedClose')}: 15.06.2024`,
  ]);
});
