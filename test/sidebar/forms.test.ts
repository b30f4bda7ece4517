// The Questionnaire, Data and Settings views of the built sidebar, in headless Chromium.
import { OUTPUT_DIR, sidebarSession } from './harness';
import { HOSTILE_STAGE, sidebarState } from './fixtures';

const { open } = sidebarSession();

async function openView(view: 'questionnaire' | 'data' | 'settings', language: 'en' | 'pl' = 'en') {
  const sidebar = await open(sidebarState(language));
  await sidebar.page.locator(`nav [data-view="${view}"]`).click();
  return sidebar;
}

describe('questionnaire', () => {
  test('shows saved answers and sends every question with its answer and note', async () => {
    const s = await openView('questionnaire');
    const { page } = s;
    const question = (id: string) => page.locator(`[data-question="${id}"]`);

    await expect(
      question('q.softSkills.objections').locator('input[value="partly"]').isChecked(),
    ).resolves.toBe(true);
    await expect(question('q.softSkills.objections').locator('textarea').inputValue()).resolves.toBe(
      'Only the two seniors',
    );
    await expect(page.locator('fieldset.question').count()).resolves.toBe(12);

    await question('q.softSkills.needsAnalysis').getByLabel('Yes', { exact: true }).check();
    await question('q.aftersales.support').getByLabel('Not applicable', { exact: true }).check();
    await question('q.process.outsideReview').getByLabel('No', { exact: true }).check();
    await question('q.process.outsideReview').locator('textarea').fill('  Never had one <b>yet</b>  ');
    await s.screenshot('sidebar-questionnaire');
    await page.locator('#save-answers').click();
    await s.waitForCalls('sidebarSaveAnswers', 1);

    const empty = { answer: null, note: '' };
    await expect(s.callsTo('sidebarSaveAnswers')).resolves.toEqual([
      [
        {
          'q.softSkills.needsAnalysis': { answer: 'yes', note: '' },
          'q.softSkills.objections': { answer: 'partly', note: 'Only the two seniors' },
          'q.softSkills.closing': empty,
          'q.softSkills.followUpDiscipline': empty,
          'q.aftersales.firstLine': empty,
          'q.aftersales.support': { answer: 'na', note: '' },
          'q.aftersales.checkIn': empty,
          'q.relationships.contactPlan': empty,
          'q.relationships.nonSalesContacts': empty,
          'q.relationships.crossUpSell': empty,
          'q.process.regularAudit': empty,
          'q.process.outsideReview': { answer: 'no', note: 'Never had one <b>yet</b>' },
        },
      ],
    ]);
    await page.locator('.status.notice').waitFor();
    await expect(page.locator('.status.notice .status-text').textContent()).resolves.toBe(
      'Answers saved. Area scores update on the next run of the audit.',
    );
  });

  test('is in Polish for a Polish state', async () => {
    const s = await openView('questionnaire', 'pl');
    await expect(s.page.locator('.questionnaire-view h3').allTextContents()).resolves.toEqual([
      'Rozmowy sprzedażowe',
      'Obsługa posprzedażowa',
      'Budowanie i zarządzanie relacjami',
      'Regularność audytu',
    ]);
    await expect(s.page.locator('#save-answers').textContent()).resolves.toBe('Zapisz odpowiedzi');
    await expect(
      s.page.locator('[data-question="q.softSkills.closing"] .answers').textContent(),
    ).resolves.toBe('TakCzęściowoNieNie dotyczy');
  });
});

describe('data', () => {
  test('shows each field with its column and sends a MappingPatch when one is changed', async () => {
    const s = await openView('data');
    const { page } = s;
    const row = (field: string) => page.locator(`[data-field="${field}"]`);

    await expect(row('deals.created').locator('select').inputValue()).resolves.toBe('Created');
    await expect(row('deals.created').locator('.mapping-source').textContent()).resolves.toBe('detected');
    await expect(row('deals.owner').locator('.mapping-source').textContent()).resolves.toBe(
      'your choice · Detect again',
    );
    await expect(row('deals.type').locator('select').inputValue()).resolves.toBe('');
    await expect(row('deals.type').locator('.mapping-source').textContent()).resolves.toBe('not found');
    await expect(row('deals.type').locator('option').allTextContents()).resolves.toEqual([
      '(not used)',
      'Deal ID',
      'Name',
      'Created',
      'Stage',
      'Value',
      'Channel',
      'Closed',
      'Customer',
      'Owner',
      'Conversations',
      'Deal type',
      'Delivered',
      'Follow-up',
      '<script>alert(3)</script>',
    ]);
    await expect(page.locator('[data-tab="customers"]').textContent()).resolves.toBe(
      'CustomersNo tab found.',
    );
    await expect(page.locator('[data-tab="channels"] p').textContent()).resolves.toBe(
      'Tab "Channels": 14 rows, 14 used',
    );

    await expect(page.locator('.issue-counts li').allTextContents()).resolves.toEqual([
      'Unreadable date24',
      'Unreadable number12',
      'Date in the future12',
      'Customer not in the Customers tab12',
    ]);
    await expect(page.locator('.issue-list li').count()).resolves.toBe(10);
    await expect(page.locator('.issue-list li').first().textContent()).resolves.toBe(
      'Deals, row 2Row 2: bad_date — the row was skipped.',
    );
    await expect(page.locator('.stages li').allTextContents()).resolves.toEqual([
      'Qualified',
      'Proposal sent',
      'Negotiation',
      '+48 call back',
      HOSTILE_STAGE,
    ]);
    await expect(page.locator('.stages b').count()).resolves.toBe(0);
    await expect(page.locator('script').count()).resolves.toBe(1);
    await s.screenshot('sidebar-data');

    await row('deals.type').locator('select').selectOption('Deal type');
    await s.waitForCalls('sidebarSaveMapping', 1);
    await page.locator('.status.notice').waitFor();
    await row('deals.lostReason').locator('select').selectOption('<script>alert(3)</script>');
    await s.waitForCalls('sidebarSaveMapping', 2);
    await row('deals.closed').locator('select').selectOption({ label: '(not used)' });
    await s.waitForCalls('sidebarSaveMapping', 3);
    await row('deals.owner').getByRole('button', { name: 'Detect again' }).click();
    await s.waitForCalls('sidebarSaveMapping', 4);
    await expect(s.callsTo('sidebarSaveMapping')).resolves.toEqual([
      [{ deals: { type: 'Deal type' } }],
      [{ deals: { lostReason: '<script>alert(3)</script>' } }],
      [{ deals: { closed: '' } }],
      [{ deals: { owner: null } }],
    ]);
    expect(s.dialogs).toEqual([]);
  });

  test('counts the issues with the figures’ thousands separators, in the audit’s language', async () => {
    // The server counts every issue and sends the first 20; 33,333 unreadable dates at 100,000 deals.
    for (const [language, shown] of [
      ['en', '33,333'],
      ['pl', '33\u00a0333'],
    ] as const) {
      const state = sidebarState(language);
      state.report!.issueCounts = { bad_date: 33333 };
      state.report!.issuesTotal = 33333;
      const s = await open(state);
      await s.page.locator('nav [data-view="data"]').click();
      await expect(s.page.locator('.issue-counts .count').allTextContents()).resolves.toEqual([shown]);
      await s.close();
    }
  });

  test('creates the missing input tabs on request', async () => {
    const s = await openView('data');
    await s.page.locator('#create-tabs').click();
    await s.waitForCalls('sidebarCreateInputTabs', 1);
    await s.page.locator('.status.notice').waitFor();
    await expect(s.page.locator('.status.notice .status-text').textContent()).resolves.toBe(
      'Input tabs created. Fill them in and run the audit.',
    );
  });
});

describe('settings', () => {
  test('says beside each band where its target comes from', async () => {
    const { page } = await openView('settings');
    await expect(page.locator('[data-band="acquisition.ltvToCac"] .band-why').textContent()).resolves.toBe(
      'Rule of thumb popularised by David Skok (SaaS Metrics 2.0): a customer should bring at least 3 times what it cost to win; below 1 each one loses money.',
    );
    await expect(page.locator('.band-why').count()).resolves.toBe(13);
  });

  test('rejects an invalid band next to the field without calling the server', async () => {
    const s = await openView('settings');
    const { page } = s;
    const band = page.locator('[data-band="conversations.winRate"]');
    await expect(
      band.locator('input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
    ).resolves.toEqual(['25', '15']);

    await band.locator('input').first().fill('10');
    await page.locator('#setting-currency').fill('złoty');
    await page.locator('#save-settings').click();

    await expect(band.locator('.field-error').textContent()).resolves.toBe(
      'Green must be at least amber (higher is better).',
    );
    await expect(band.locator('input').first().getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('[data-error-for="currency"]').textContent()).resolves.toBe(
      'Enter a three-letter currency code, e.g. USD, EUR, PLN.',
    );
    await expect(page.locator('.status.error .status-text').textContent()).resolves.toBe(
      'Some settings are not valid. Correct the fields marked in red and save again.',
    );
    await expect(page.locator('.inline-field label').allTextContents()).resolves.toEqual([
      'Key / VIP',
      'Active',
      'New',
      'At risk',
      'Dormant',
      'Partner',
    ]);
    await s.screenshot('sidebar-settings-invalid');
    await band.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${OUTPUT_DIR}/sidebar-settings-band-error.png` });
    expect(await s.callsTo('sidebarSaveSettings')).toEqual([]);
  });

  test('names the built-in customer statuses in the sidebar language and keeps the user’s own', async () => {
    const s = await openView('settings', 'pl');
    const labels = await s.page.locator('.inline-field label').allTextContents();
    expect(labels).toEqual(['Kluczowy / VIP', 'Aktywny', 'Nowy', 'Zagrożony', 'Uśpiony', 'Partner']);
  });

  test('sends the whole validated form as a SettingsPatch', async () => {
    const s = await openView('settings');
    const { page } = s;
    await page.locator('#setting-language').selectOption('pl');
    await page.locator('#setting-currency').fill('eur');
    await page.locator('#setting-period').selectOption('range');
    await page.locator('#setting-from').fill('2024-01-01');
    await page.locator('#setting-to').fill('2024-05-31');
    await page.locator('#setting-marginPct').fill('42,5');
    await page.locator('#setting-minSample').fill('8');
    await page.locator('[data-band="conversations.winRate"] input').first().fill('30');
    await page.locator('[data-band="aftersales.medianDaysToFollowUp"] input').last().fill('10');
    await page.getByLabel('Partner', { exact: true }).fill('45');
    await page.getByLabel('Dormant', { exact: true }).fill('');
    await page.locator('#save-settings').click();
    await s.waitForCalls('sidebarSaveSettings', 1);

    const [[patch]] = (await s.callsTo('sidebarSaveSettings')) as [[Record<string, unknown>]];
    expect(patch).toMatchObject({
      language: 'pl',
      currency: 'EUR',
      period: { kind: 'range', from: '2024-01-01', to: '2024-05-31' },
      marginPct: 42.5,
      minSample: 8,
      dormantAfterDays: 180,
      cadence: { key: 30, active: 60, new: 14, 'at risk': 30, Partner: 45 },
    });
    expect(Object.keys(patch.cadence as object)).not.toContain('dormant');
    expect((patch.bands as Record<string, unknown>)['conversations.winRate']).toEqual({
      direction: 'higher',
      green: 0.3,
      amber: 0.15,
    });
    expect((patch.bands as Record<string, unknown>)['aftersales.medianDaysToFollowUp']).toEqual({
      direction: 'lower',
      green: 7,
      amber: 10,
    });
    expect((patch.bands as Record<string, unknown>)['acquisition.ltvToCac']).toEqual({
      direction: 'higher',
      green: 3,
      amber: 1,
    });
    await page.locator('.status.notice').waitFor();
  });
});
