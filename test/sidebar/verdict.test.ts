// The verdict the Audit view leads with (issue 11): what to do first with the money at stake, what pulls each
// area down, the first rows of the lists the advice points to, and the pipeline and lost-reason lines.
import { sidebarSession } from './harness';
import { HOSTILE_CHANNEL, sidebarState } from './fixtures';

const { open } = sidebarSession();
const NBSP = '\u00a0';

test('"What to do first" lists the actions in the report\'s order, each with its money at stake', async () => {
  const s = await open(sidebarState('en'));
  const { page } = s;
  await expect(page.locator('.actions h3').textContent()).resolves.toBe('What to do first');
  const items = await page
    .locator('.action-item')
    .evaluateAll((nodes) =>
      nodes.map((node) => [
        node.querySelector('.action-text')?.textContent,
        node.querySelector('.stake')?.textContent ?? null,
      ]),
    );
  expect(items).toEqual([
    [
      'Coach Piotr on needs analysis and closing: wins 16.7% of closed deals against 26% for the team',
      `At stake: 59,904${NBSP}zł`,
    ],
    [
      'Rework Trade fairs before adding budget: PLN 24,000 spent this period for 6 customers who brought PLN 90,000',
      `At stake: 24,000${NBSP}zł`,
    ],
    [
      'Stop or rework Cold calls: PLN 9,000 spent this period without a single new customer',
      `At stake: 9,000${NBSP}zł`,
    ],
    // No amount can be put on a question answered No: no stake line rather than a dash.
    ['Put in place what was answered No: Someone from outside reviews the process at least yearly', null],
  ]);
  // The actions come before the area cards: the verdict leads.
  const order = await page
    .locator('.audit-view > *')
    .evaluateAll((nodes) => nodes.map((node) => node.className));
  expect(order.indexOf('block actions')).toBeLessThan(order.findIndex((name) => name === 'area'));
  expect(s.pageErrors).toEqual([]);
});

test('without actions it says nothing is urgent', async () => {
  const state = sidebarState('en');
  state.report!.actions = [];
  const s = await open(state);
  await expect(s.page.locator('.actions p').textContent()).resolves.toBe(
    'Nothing urgent: no channel to drop, no red metric, no overdue list.',
  );
  await expect(s.page.locator('.action-item').count()).resolves.toBe(0);
});

test('a hostile name in an action and in a list row renders as text', async () => {
  const state = sidebarState('en');
  const report = state.report!;
  report.actions[2].subject = HOSTILE_CHANNEL;
  report.actions[2].text = `Stop or rework ${HOSTILE_CHANNEL}: PLN 9,000 spent`;
  // Deal 11 is the oldest of the fixture's stale deals, so it heads the list.
  report.staleDeals[11].customer = HOSTILE_CHANNEL;
  report.staleDeals[11].stage = HOSTILE_CHANNEL;
  const s = await open(state);
  const { page } = s;
  await expect(page.locator('.action-item .action-text').nth(2).textContent()).resolves.toBe(
    `Stop or rework ${HOSTILE_CHANNEL}: PLN 9,000 spent`,
  );
  await page.locator('[data-area="conversations"] summary').click();
  const first = page.locator('[data-area="conversations"] .list-row').first();
  await expect(first.locator('.list-name').textContent()).resolves.toBe(HOSTILE_CHANNEL);
  await expect(first.locator('.secondary').textContent()).resolves.toBe(
    `Stage: ${HOSTILE_CHANNEL} · Value: 12,000${NBSP}zł · Salesperson: Piotr`,
  );
  await expect(page.locator('img').count()).resolves.toBe(0);
  await expect(page.locator('.action-item b, .list-row b, .list-row img').count()).resolves.toBe(0);
  expect(s.dialogs).toEqual([]);
  expect(s.requests).toEqual([]);
});

test('each area card names its attention items, the first three then "and N more", whatever its colour', async () => {
  const state = sidebarState('en');
  const areas = state.report!.areas;
  areas.find((area) => area.id === 'conversations')!.attention = [
    { kind: 'channel', subject: 'Cold calls' },
    { kind: 'owner', subject: 'Piotr' },
    { kind: 'owner', subject: HOSTILE_CHANNEL },
    { kind: 'channel', subject: 'Trade fairs' },
    { kind: 'owner', subject: 'Ewa' },
  ];
  // After-sales is green: its item is still named.
  areas.find((area) => area.id === 'aftersales')!.attention = [{ kind: 'owner', subject: 'Zofia' }];
  const s = await open(state);
  const attention = (id: string) => s.page.locator(`[data-area="${id}"] .card-attention`).textContent();
  await expect(attention('conversations')).resolves.toBe(
    `Pulls it down: Cold calls, Piotr, ${HOSTILE_CHANNEL} and 2 more`,
  );
  await expect(attention('acquisition')).resolves.toBe('Pulls it down: Cold calls');
  await expect(attention('aftersales')).resolves.toBe('Pulls it down: Zofia');
  await expect(s.page.locator('img').count()).resolves.toBe(0);
});

test("the lists the advice refers to show their first five rows in the audit tab's order", async () => {
  const s = await open(sidebarState('en'));
  const { page } = s;
  const rows = (selector: string) =>
    page
      .locator(`${selector} .list-row`)
      .evaluateAll((nodes) =>
        nodes.map((node) => [
          node.querySelector('.list-name')?.textContent,
          node.querySelector('.secondary')?.textContent,
        ]),
      );

  await page.locator('[data-area="conversations"] summary').click();
  // The server hands over the first 20 of the 26 (the engine's list is oldest first; the fixture's is not), and
  // the view takes the oldest of those: ages 100 + ((7i) mod 26) × 3 make them deals 11, 7, 18, 3 and 14.
  await expect(rows('[data-area="conversations"] [data-list="staleDeals"]')).resolves.toEqual([
    ['Client 11', `Stage: Proposal sent · Value: 12,000${NBSP}zł · Salesperson: Piotr`],
    ['Client 7', `Stage: Proposal sent · Value: 8,000${NBSP}zł · Salesperson: Piotr`],
    ['Client 18', `Stage: Negotiation · Value: 19,000${NBSP}zł · Salesperson: Anna`],
    ['Client 3', `Stage: Negotiation · Value: 4,000${NBSP}zł · Salesperson: Piotr`],
    ['Client 14', `Stage: Proposal sent · Value: 15,000${NBSP}zł · Salesperson: Anna`],
  ]);
  await expect(
    page.locator('[data-area="conversations"] [data-list="staleDeals"] h4').textContent(),
  ).resolves.toBe('Deals to reconsider (oldest first)');

  await page.locator('[data-area="relationships"] summary').click();
  // Never contacted comes first; then overdue 80 + (11i mod 24): customers 13, 2, 15, 4.
  await expect(rows('[data-area="relationships"] [data-list="overdueCustomers"]')).resolves.toEqual([
    ['Never Called Ltd', 'Status: New · CLV: — · Account manager: —'],
    ['Customer 13', `Status: Active · CLV: 8,250${NBSP}zł · Account manager: Marek`],
    ['Customer 2', `Status: Active · CLV: 5,500${NBSP}zł · Account manager: Ewa`],
    ['Customer 15', `Status: Active · CLV: 8,750${NBSP}zł · Account manager: Marek`],
    ['Customer 4', `Status: Active · CLV: 6,000${NBSP}zł · Account manager: Ewa`],
  ]);
  // The rest is one click away on the audit tab.
  await page.locator('[data-list="overdueCustomers"] [data-block="overdueCustomers"]').click();
  await s.waitForCalls('sidebarSelectBlock', 1);
  await expect(s.callsTo('sidebarSelectBlock')).resolves.toEqual([['overdueCustomers']]);
});

test('an action about the stale deals or overdue customers has their list right below the actions', async () => {
  const state = sidebarState('en');
  state.report!.actions.push({
    area: 'relationships',
    kind: 'customers.overdue',
    subject: null,
    rating: 'amber',
    text: 'Contact 24 customers overdue for contact',
    impact: { value: null, deals: null, customers: 24 },
  });
  const s = await open(state);
  await expect(s.page.locator('.actions [data-list="overdueCustomers"] .list-row').count()).resolves.toBe(5);
  await expect(s.page.locator('.actions [data-list="staleDeals"]').count()).resolves.toBe(0);
});

test('one line on the open pipeline and one on the most common lost reason', async () => {
  const s = await open(sidebarState('en'));
  // 14 + 9 + 5 + 2 open deals worth 98,000 + 121,500.5 + 64,000; of the stages with at least five deals
  // (the minimum sample), Negotiation waits longest.
  await expect(s.page.locator('.pipeline-line').textContent()).resolves.toBe(
    `Open pipeline: 30 deals worth 283,501${NBSP}zł; open deals wait longest in "Negotiation" (41 days, median)`,
  );
  // 40 of 130 lost deals.
  await expect(s.page.locator('.lost-line').textContent()).resolves.toBe(
    'Most common lost reason: "Price too high" (30.8% of lost deals)',
  );
});

test('the verdict speaks Polish', async () => {
  const s = await open(sidebarState('pl'));
  const { page } = s;
  await expect(page.locator('.actions h3').textContent()).resolves.toBe('Co zrobić najpierw');
  await expect(page.locator('.stake').first().textContent()).resolves.toBe(`Stawka: 59${NBSP}904${NBSP}zł`);
  await expect(page.locator('.pipeline-line').textContent()).resolves.toMatch(
    /^Lejek: 30 otwartych transakcji o wartości 283\s501\szł/,
  );
  await page.locator('[data-area="conversations"] summary').click();
  await expect(page.locator('[data-list="staleDeals"] h4').textContent()).resolves.toBe(
    'Transakcje do decyzji (od najstarszych)',
  );
});
