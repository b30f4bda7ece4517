// The monthly audit in the built sidebar's Settings view (SPEC §5, issue 13), in headless Chromium: what it
// sends through google.script.run's stand-in (arguments cross it by Apps Script's rules) and every state it shows.
import { t } from '../../src/core/i18n/catalog';
import type { ScheduleView } from '../../src/core/schedule';
import type { SidebarState } from '../../src/core/server-api';
import { sidebarSession, type StubAnswer } from './harness';
import { sidebarState } from './fixtures';

const { open } = sidebarSession();

function withSchedule(schedule: ScheduleView, language: 'en' | 'pl' = 'en'): SidebarState {
  return { ...sidebarState(language), schedule };
}

async function openSchedule(state: SidebarState, answer?: StubAnswer) {
  const sidebar = await open(state, answer ? { answers: { sidebarSetSchedule: answer } } : {});
  await sidebar.page.locator('nav [data-view="settings"]').click();
  await sidebar.page.locator('.schedule').waitFor();
  return sidebar;
}

const OFF: ScheduleView = { mine: null, others: 0, last: null };

test('switching on sends the chosen day and hour and shows the schedule the server answers with', async () => {
  const s = await openSchedule(withSchedule(OFF), {
    value: withSchedule({ mine: { dayOfMonth: 15, hour: 23 }, others: 0, last: null }),
  });
  const section = s.page.locator('.schedule');
  await expect(section.locator('p').allTextContents()).resolves.toEqual([
    'Off. Switch it on to audit this spreadsheet by itself once a month: the audit tab, the history and what moved since the last audit are written as when you run it.',
  ]);
  // The defaults: the 1st at 06:00; days stop at 28 so every month has the day.
  await expect(section.locator('#setting-scheduleDay').inputValue()).resolves.toBe('1');
  await expect(section.locator('#setting-scheduleHour').inputValue()).resolves.toBe('6');
  await expect(section.locator('#setting-scheduleDay option').count()).resolves.toBe(28);
  await expect(section.locator('#setting-scheduleHour option').allTextContents()).resolves.toHaveLength(24);
  await expect(section.locator('button').allTextContents()).resolves.toEqual(['Switch on']);

  await section.getByLabel('Day of the month').selectOption('15');
  await section.getByLabel('Hour').selectOption({ label: '23:00' });
  await section.getByRole('button', { name: 'Switch on' }).click();
  await s.waitForCalls('sidebarSetSchedule', 1);
  await expect(s.callsTo('sidebarSetSchedule')).resolves.toEqual([[{ dayOfMonth: 15, hour: 23 }]]);

  await s.page.locator('.status.notice').waitFor();
  await expect(s.page.locator('.status.notice .status-text').textContent()).resolves.toBe(
    'Monthly audit set.',
  );
  const after = s.page.locator('.schedule');
  await expect(after.locator('p').first().textContent()).resolves.toBe(
    'On: every month on day 15, between 23:00 and the next hour (Google picks the minute), in this spreadsheet’s time zone.',
  );
  await expect(after.locator('#setting-scheduleDay').inputValue()).resolves.toBe('15');
  await expect(after.locator('#setting-scheduleHour').inputValue()).resolves.toBe('23');
  await expect(after.locator('button').allTextContents()).resolves.toEqual(['Change', 'Switch off']);
  expect(s.pageErrors).toEqual([]);
});

test('switching off sends null and shows the schedule off', async () => {
  const s = await openSchedule(withSchedule({ mine: { dayOfMonth: 3, hour: 0 }, others: 0, last: null }), {
    value: withSchedule(OFF),
  });
  const section = s.page.locator('.schedule');
  await expect(section.locator('p').first().textContent()).resolves.toBe(
    'On: every month on day 3, between 00:00 and the next hour (Google picks the minute), in this spreadsheet’s time zone.',
  );
  await section.getByRole('button', { name: 'Switch off' }).click();
  await s.waitForCalls('sidebarSetSchedule', 1);
  await expect(s.callsTo('sidebarSetSchedule')).resolves.toEqual([[null]]);
  await s.page.locator('.status.notice').waitFor();
  await expect(s.page.locator('.status.notice .status-text').textContent()).resolves.toBe(
    'Monthly audit switched off.',
  );
  await expect(s.page.locator('.schedule p').first().textContent()).resolves.toMatch(/^Off\./);
  await expect(s.page.locator('.schedule button').allTextContents()).resolves.toEqual(['Switch on']);
});

test('says when other editors set a monthly audit, without naming them', async () => {
  const one = await openSchedule(withSchedule({ mine: null, others: 1, last: null }));
  await expect(one.page.locator('.schedule p').nth(1).textContent()).resolves.toBe(
    'Another editor of this spreadsheet has set a monthly audit too.',
  );
  await one.close();
  const three = await openSchedule(withSchedule({ mine: { dayOfMonth: 1, hour: 6 }, others: 3, last: null }));
  await expect(three.page.locator('.schedule p').allTextContents()).resolves.toEqual([
    'On: every month on day 1, between 06:00 and the next hour (Google picks the minute), in this spreadsheet’s time zone.',
    '3 other editors of this spreadsheet have set a monthly audit too.',
  ]);
});

describe('the last scheduled run', () => {
  const last = (outcome: Partial<ScheduleView['last']> & object): SidebarState =>
    withSchedule({
      mine: { dayOfMonth: 1, hour: 6 },
      others: 0,
      last: {
        at: '2024-06-01T06:12:00+02:00',
        status: 'done',
        score: null,
        rating: null,
        error: null,
        ...outcome,
      },
    });

  test.each([
    [
      { status: 'done', score: 61.6, rating: 'amber' },
      'Last monthly audit: 2024-06-01 06:12, overall score 62 (Needs attention).',
    ],
    [
      { status: 'busy' },
      'Last monthly audit: 2024-06-01 06:12, skipped because another audit was running; it runs again next month.',
    ],
    [
      { status: 'unreached' },
      'Last monthly audit: 2024-06-01 06:12, could not open this spreadsheet. Switch the monthly audit off and on again here.',
    ],
    [
      { status: 'failed', error: 'There is no Deals tab. <img src=x onerror=alert(1)>' },
      'Last monthly audit: 2024-06-01 06:12, failed: There is no Deals tab. <img src=x onerror=alert(1)>',
    ],
  ] as const)('%j', async (outcome, text) => {
    const s = await openSchedule(last(outcome));
    await expect(s.page.locator('.schedule p').nth(1).textContent()).resolves.toBe(text);
    await expect(s.page.locator('img').count()).resolves.toBe(0);
    expect(s.dialogs).toEqual([]);
  });
});

test('a refusal by the server (the permission declined) shows its message and keeps the schedule off', async () => {
  // The server's sentence when script.scriptapp is declined (test/addon/schedule.test.ts).
  const refusal = t('en', 'schedule.noPermission');
  const s = await openSchedule(withSchedule(OFF), { error: refusal });
  await s.page.locator('.schedule').getByRole('button', { name: 'Switch on' }).click();
  await s.page.locator('.status.error').waitFor();
  await expect(s.page.locator('.status.error .status-text').textContent()).resolves.toBe(
    `Something went wrong: ${refusal}`,
  );
  const button = s.page.locator('.schedule').getByRole('button', { name: 'Switch on' });
  await expect(button.isEnabled()).resolves.toBe(true);
  await expect(s.page.locator('.schedule p').first().textContent()).resolves.toMatch(/^Off\./);
  await expect(s.callsTo('sidebarSetSchedule')).resolves.toEqual([[{ dayOfMonth: 1, hour: 6 }]]);
});

test('is in Polish for a Polish state', async () => {
  const s = await openSchedule(
    withSchedule({ mine: { dayOfMonth: 2, hour: 7 }, others: 2, last: null }, 'pl'),
  );
  await expect(s.page.locator('.schedule h3').textContent()).resolves.toBe('Audyt co miesiąc');
  await expect(s.page.locator('.schedule p').nth(1).textContent()).resolves.toBe(
    '2 inne osoby edytujące ten arkusz również ustawiły audyt co miesiąc.',
  );
  await expect(s.page.locator('.schedule button').allTextContents()).resolves.toEqual(['Zmień', 'Wyłącz']);
});
