// The Audit view of the built sidebar, in headless Chromium.
import { sidebarSession, type SidebarPage } from './harness';
import { HOSTILE_CHANNEL, sidebarState } from './fixtures';

const GREEN = 'rgb(183, 225, 205)';
const AMBER = 'rgb(252, 232, 178)';
const RED = 'rgb(244, 199, 195)';
const GREY = 'rgb(239, 239, 239)';

const { open, openUnrendered } = sidebarSession();

const background = (sidebarPage: SidebarPage, selector: string) =>
  sidebarPage.page.locator(selector).evaluate((element) => getComputedStyle(element).backgroundColor);

test('shows the overall score and the four areas in their rating colors, with formatted numbers', async () => {
  const s = await open(sidebarState('en'));
  const { page } = s;

  await expect(page.locator('.overall .score').textContent()).resolves.toBe('53 / 100');
  await expect(background(s, '.overall')).resolves.toBe(AMBER);
  await expect(background(s, '[data-area="acquisition"] summary')).resolves.toBe(AMBER);
  await expect(background(s, '[data-area="conversations"] summary')).resolves.toBe(RED);
  await expect(background(s, '[data-area="aftersales"] summary')).resolves.toBe(GREEN);
  await expect(background(s, '[data-area="relationships"] summary')).resolves.toBe(GREY);
  await expect(page.locator('[data-area="aftersales"] .card-score').textContent()).resolves.toBe('83 / 100');
  await expect(page.locator('[data-area="conversations"] .card-rating').textContent()).resolves.toBe(
    'Critical',
  );
  await expect(page.locator('[data-area="aftersales"] .card-trend').textContent()).resolves.toBe(
    '▲ 8 points since the previous audit',
  );

  await expect(page.locator('.last-run').textContent()).resolves.toBe(
    // The run time as written by the add-on (the spreadsheet's wall clock), as the audit tab shows it.
    'Last run: 2024-06-03 07:15▼ 6 points since the previous audit',
  );

  await page.locator('[data-area="conversations"] summary').click();
  const metric = (id: string) => page.locator(`[data-metric="${id}"]`);
  await expect(metric('conversations.winRate').locator('.metric-value').textContent()).resolves.toBe('21%');
  await expect(metric('conversations.winRate').locator('.metric-meta').textContent()).resolves.toBe(
    'Needs attentionTarget ≥ 25%',
  );
  await expect(metric('conversations.winRate').locator('.change').textContent()).resolves.toBe(
    '▼ down from 24%',
  );
  await expect(metric('conversations.avgDealValue').locator('.change').textContent()).resolves.toBe(
    'Same as in the previous audit',
  );
  await expect(metric('conversations.medianDealValue').locator('.change').count()).resolves.toBe(0);
  // Unrated, so no target: the chip alone says it.
  await expect(metric('conversations.medianDealValue').locator('.metric-meta').textContent()).resolves.toBe(
    'Not rated',
  );
  await expect(background(s, '[data-metric="conversations.winRate"] .chip')).resolves.toBe(AMBER);
  await expect(background(s, '[data-metric="conversations.staleOpenShare"] .chip')).resolves.toBe(RED);
  await expect(metric('conversations.avgDaysToWin').locator('.metric-value').textContent()).resolves.toBe(
    '34.6 days',
  );
  await expect(metric('conversations.avgDealValue').locator('.metric-value').textContent()).resolves.toBe(
    '12,480\u00a0zł',
  );
  await expect(metric('conversations.salesVelocity').locator('.metric-value').textContent()).resolves.toBe(
    '1,875\u00a0zł/day',
  );

  await page.locator('[data-area="aftersales"] summary').click();
  await expect(metric('aftersales.nps').locator('.metric-value').textContent()).resolves.toBe('+42 pts');
  await expect(metric('aftersales.firstLineCoverage').locator('.metric-value').textContent()).resolves.toBe(
    '—',
  );
  await expect(metric('aftersales.firstLineCoverage').locator('.note').textContent()).resolves.toBe(
    'Add an Account manager column to Customers.',
  );

  await page.locator('[data-area="acquisition"] summary').click();
  await expect(metric('acquisition.ltvToCac').locator('.metric-value').textContent()).resolves.toBe('2.4×');
  await expect(metric('acquisition.blendedCac').locator('.metric-value').textContent()).resolves.toBe(
    '1,433\u00a0zł',
  );

  const verdicts = await page
    .locator('.channel')
    .evaluateAll((items) =>
      items.map((item) => [
        item.querySelector('.channel-name')?.textContent,
        item.querySelector('.chip')?.textContent,
      ]),
    );
  expect(verdicts).toEqual([
    ['Google Ads', 'Strengthen (expensive)'],
    ['Referrals', 'Strengthen'],
    ['Trade fairs', 'Modify'],
    [HOSTILE_CHANNEL, 'Drop'],
    ['=IMPORTXML("http://x","//a")', 'Not enough data'],
  ]);
  await expect(background(s, '[data-verdict="drop"] .chip')).resolves.toBe(RED);
  // The formula-like name wraps to two lines; its verdict chip stays one line tall beside the first.
  const heights = await page
    .locator('[data-verdict="insufficient"]')
    .evaluate((item) =>
      ['.channel-name', '.chip'].map(
        (selector) => item.querySelector(selector)!.getBoundingClientRect().height,
      ),
    );
  expect(heights[0]).toBeGreaterThan(30);
  expect(heights[1]).toBeLessThan(20);

  await s.screenshot('sidebar-audit');
  expect(s.pageErrors).toEqual([]);
  expect(s.requests).toEqual([]);
});

test('renders a channel named like HTML as text and runs nothing', async () => {
  const s = await open(sidebarState('en'));
  const name = s.page.locator('[data-verdict="drop"] .channel-name');
  await expect(name.textContent()).resolves.toBe(HOSTILE_CHANNEL);
  await expect(name.evaluate((element) => element.childElementCount)).resolves.toBe(0);
  await expect(s.page.locator('img').count()).resolves.toBe(0);
  // No element was made from the name, so nothing can load or fire later: what ran, ran by now.
  expect(s.dialogs).toEqual([]);
  expect(s.requests).toEqual([]);
});

test('disables Run audit while it runs and shows the new state afterwards', async () => {
  const after = sidebarState('en');
  after.lastRun = { generatedAt: '2024-07-01T08:00:00.000Z', overallScore: 61, previousOverallScore: 52.8 };
  const s = await open(sidebarState('en'), { answers: { sidebarRunAudit: { value: after, hold: true } } });
  const button = s.page.locator('#run-audit');

  await button.click();
  await expect(button.isDisabled()).resolves.toBe(true);
  await expect(button.textContent()).resolves.toBe('Running audit…');
  await expect(s.page.locator('#run-audit .spinner').count()).resolves.toBe(1);

  await s.release();
  await s.page.locator('.status.notice').waitFor();
  await expect(s.page.locator('.status.notice .status-text').textContent()).resolves.toBe(
    'Audit finished. The audit tab is up to date.',
  );
  await expect(s.page.locator('#run-audit').isEnabled()).resolves.toBe(true);
  await expect(s.page.locator('.last-run .trend').textContent()).resolves.toBe(
    '▲ 8 points since the previous audit',
  );
  await expect(s.callsTo('sidebarRunAudit')).resolves.toEqual([[]]);
});

test('before the first run the scores are called a preview', async () => {
  const state = sidebarState('en');
  state.lastRun = null;
  const s = await open(state);
  await expect(s.page.locator('.last-run').textContent()).resolves.toBe(
    'No audit has been run yet. The scores below are a preview of the current data.',
  );
});

test('says whether the figures are the last audit’s or the current data’s', async () => {
  const fromSummary = await open(sidebarState('en'));
  await expect(fromSummary.page.locator('[data-basis="lastAudit"]').textContent()).resolves.toBe(
    'These are the figures of the last audit: the data tabs have as many rows and columns as it read. If you have changed cells since, run the audit again.',
  );
  const state = sidebarState('pl');
  state.reportBasis = 'currentData';
  const current = await open(state);
  await expect(current.page.locator('[data-basis="currentData"]').textContent()).resolves.toBe(
    'Te wyniki policzono z danych w obecnej postaci; karta audytu pokazuje wciąż ostatni audyt. Uruchom audyt, aby ją zaktualizować.',
  );
});

test('a failing run shows the server message and leaves the button usable', async () => {
  const s = await open(sidebarState('en'), {
    answers: {
      sidebarRunAudit: { error: 'The Deals tab has no header row. Put the column names in row 1.' },
    },
  });
  await s.page.locator('#run-audit').click();
  await s.page.locator('.status.error').waitFor();
  await expect(s.page.locator('.status.error .status-text').textContent()).resolves.toBe(
    'Something went wrong: The Deals tab has no header row. Put the column names in row 1.',
  );
  await expect(s.page.locator('#run-audit').isEnabled()).resolves.toBe(true);
  await expect(s.page.locator('#run-audit').textContent()).resolves.toBe('Run audit');

  await s.answer('sidebarRunAudit', { value: sidebarState('en') });
  await s.page.locator('#run-audit').click();
  await s.page.locator('.status.notice').waitFor();
  await expect(s.page.locator('.status.error').count()).resolves.toBe(0);
  await expect(s.callsTo('sidebarRunAudit')).resolves.toHaveLength(2);
});

test('a server function missing from google.script.run gives a clear error instead of hanging', async () => {
  const s = await open(sidebarState('en'), { missing: ['sidebarRunAudit'] });
  await s.page.locator('#run-audit').click();
  await s.page.locator('.status.error').waitFor();
  await expect(s.page.locator('.status.error .status-text').textContent()).resolves.toBe(
    'The add-on has no server function "sidebarRunAudit". Reload the sidebar; if this keeps happening, reinstall the add-on.',
  );
  await expect(s.page.locator('#run-audit').isEnabled()).resolves.toBe(true);
});

test('links select the matching block of the audit tab', async () => {
  const s = await open(sidebarState('en'));
  await s.page.locator('[data-area="aftersales"] summary').click();
  await s.page.locator('[data-area="aftersales"] [data-block="area.aftersales"]').click();
  await s.page.locator('.channels [data-block="channels"]').click();
  await s.waitForCalls('sidebarSelectBlock', 2);
  await expect(s.callsTo('sidebarSelectBlock')).resolves.toEqual([['area.aftersales'], ['channels']]);

  await s.answer('sidebarSelectBlock', { value: false });
  await s.page.locator('.channels [data-block="channels"]').click();
  await s.page.locator('.status.notice').waitFor();
  await expect(s.page.locator('.status.notice .status-text').textContent()).resolves.toBe(
    'There is no audit tab yet. Click Run audit to create it.',
  );
});

test('speaks Polish when the state says pl', async () => {
  const s = await open(sidebarState('pl'));
  const { page } = s;
  await expect(page.locator('nav .tab').allTextContents()).resolves.toEqual([
    'Audyt',
    'Pytania',
    'Dane',
    'Ustawienia',
  ]);
  await expect(page.locator('#run-audit').textContent()).resolves.toBe('Uruchom audyt');
  await expect(page.locator('[data-area="conversations"] .card-title').textContent()).resolves.toBe(
    'Rozmowy sprzedażowe',
  );
  await expect(page.locator('[data-area="conversations"] .card-rating').textContent()).resolves.toBe(
    'Krytyczny',
  );
  await expect(page.locator('.last-run .trend').textContent()).resolves.toBe(
    '▼ 6 pkt od poprzedniego audytu',
  );
  await page.locator('[data-area="conversations"] summary').click();
  await expect(
    page.locator('[data-metric="conversations.avgDealValue"] .metric-value').textContent(),
  ).resolves.toBe('12\u00a0480\u00a0zł');
  await expect(
    page.locator('[data-metric="conversations.avgDaysToWin"] .metric-value').textContent(),
  ).resolves.toBe('34,6 dnia');
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('pl');
  await s.screenshot('sidebar-audit-pl');
});

test('without a Deals tab it says why and offers to create the input tabs', async () => {
  const state = sidebarState('en');
  state.report = null;
  state.lastRun = null;
  state.problem = 'There is no Deals tab. Create the input tabs or rename your tab to Deals.';
  const s = await open(state);
  await expect(s.page.locator('.problem').textContent()).resolves.toBe(state.problem);
  await expect(s.page.locator('.last-run').count()).resolves.toBe(0);
  await expect(s.page.locator('.card').count()).resolves.toBe(0);
  await s.page.locator('nav [data-view="data"]').click();
  await s.page.locator('#create-tabs').click();
  await s.waitForCalls('sidebarCreateInputTabs', 1);
});

test('a failed first load shows the error and a working Try again button', async () => {
  const sidebar = await openUnrendered(sidebarState('en'), {
    answers: { sidebarLoad: { error: 'You do not have access to this spreadsheet.' } },
  });
  const { page } = sidebar;
  await page.locator('.status.error').waitFor();
  await expect(page.locator('.status.error .status-text').textContent()).resolves.toBe(
    'Something went wrong: You do not have access to this spreadsheet.',
  );
  await sidebar.answer('sidebarLoad', { value: sidebarState('en') });
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.locator('#run-audit').waitFor();
  await expect(sidebar.callsTo('sidebarLoad')).resolves.toEqual([[], []]);
});
