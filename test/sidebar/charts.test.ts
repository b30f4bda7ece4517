// The Audit view's two small charts (issue 12), drawn as inline SVG by the built sidebar, in headless
// Chromium: the score trend over the audits and the won value of the 13 months of summary.months.
import { t } from '../../src/core/i18n/catalog';
import { isoDateTimeToSerial } from '../../src/core/plan/formats';
import type { SidebarState } from '../../src/core/server-api';
import type { TrendPoint } from '../../src/core/types';
import { sidebarSession, type SidebarPage } from './harness';
import { sidebarState } from './fixtures';
import { movementDeal } from '../core/plan/fixtures';

const { open } = sidebarSession();
const NBSP = '\u00a0';

const point = (iso: string, overall: number | null, areas: TrendPoint['areas']): TrendPoint => ({
  serial: isoDateTimeToSerial(iso)!,
  overall,
  areas,
});

/** Three audits; acquisition has no score in the second, relationships in none. */
const TREND: TrendPoint[] = [
  point('2024-04-02T09:00', 48, { acquisition: 60, conversations: 40, aftersales: 70, relationships: null }),
  point('2024-05-02T09:30', 59, {
    acquisition: null,
    conversations: 45,
    aftersales: 75,
    relationships: null,
  }),
  point('2024-06-03T07:15', 52.8, {
    acquisition: 70,
    conversations: 38,
    aftersales: 83,
    relationships: null,
  }),
];

function withTrend(trend: TrendPoint[], language: 'en' | 'pl' = 'en'): SidebarState {
  return { ...sidebarState(language), scoreTrend: trend };
}

const chart = (s: SidebarPage, id: string) => s.page.locator(`.charts [data-chart="${id}"]`);

const titles = (s: SidebarPage, selector: string) =>
  s.page
    .locator(selector)
    .evaluateAll((marks) => marks.map((mark) => mark.querySelector('title')?.textContent));

describe('the score trend', () => {
  test('draws each series over the audits, broken where a score is missing, with its numbers as text', async () => {
    const s = await open(withTrend(TREND));
    const trend = chart(s, 'scoreTrend');
    await expect(trend.locator('h4').textContent()).resolves.toBe('Scores over the audits');

    const series = await trend
      .locator('g.series')
      .evaluateAll((groups) =>
        groups.map((g) => [
          g.getAttribute('data-series'),
          g.querySelectorAll('circle').length,
          g.querySelectorAll('polyline').length,
        ]),
      );
    expect(series).toEqual([
      ['Acquisition', 2, 0],
      ['Sales conversations', 3, 1],
      ['After-sales service', 3, 1],
      ['Relationship management', 0, 0],
      // Drawn last, on top.
      ['Overall score', 3, 1],
    ]);
    await expect(titles(s, '.charts g.overall circle')).resolves.toEqual([
      '2024-04-02 09:00 · Overall score: 48',
      '2024-05-02 09:30 · Overall score: 59',
      '2024-06-03 07:15 · Overall score: 53',
    ]);
    // Later runs to the right; a higher score higher up.
    const dots = await trend
      .locator('g.overall circle')
      .evaluateAll((circles) =>
        circles.map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]),
      );
    expect(dots[0][0]).toBeLessThan(dots[1][0]);
    expect(dots[1][0]).toBeLessThan(dots[2][0]);
    expect(dots[1][1]).toBeLessThan(dots[2][1]);
    expect(dots[2][1]).toBeLessThan(dots[0][1]);

    await expect(trend.locator('svg text').allTextContents()).resolves.toEqual([
      '100',
      '50',
      '0',
      '2024-04-02',
      '2024-06-03',
    ]);
    await expect(trend.locator('.chart-legend li').allTextContents()).resolves.toEqual([
      'Overall score',
      'Acquisition',
      'Sales conversations',
      'After-sales service',
      'Relationship management',
    ]);
    await expect(trend.locator('svg').getAttribute('role')).resolves.toBe('img');
    await expect(trend.locator('svg').getAttribute('aria-label')).resolves.toBe(
      'Scores over the audits. ' +
        '2024-04-02 09:00: Overall score 48, Acquisition 60, Sales conversations 40, After-sales service 70, Relationship management —; ' +
        '2024-05-02 09:30: Overall score 59, Acquisition —, Sales conversations 45, After-sales service 75, Relationship management —; ' +
        '2024-06-03 07:15: Overall score 53, Acquisition 70, Sales conversations 38, After-sales service 83, Relationship management —',
    );
    await s.screenshot('sidebar-charts');
    expect(s.pageErrors).toEqual([]);
    expect(s.requests).toEqual([]);
  });

  test.each([[[]], [TREND.slice(0, 1)]])(
    'with %# audits before this one it is a one-line note',
    async (trend) => {
      const s = await open(withTrend(trend));
      await expect(chart(s, 'scoreTrend').count()).resolves.toBe(0);
      await expect(s.page.locator('.charts .chart-note').allTextContents()).resolves.toEqual([
        'The score trend appears from the second audit on.',
      ]);
    },
  );

  test('is in Polish, with Polish dates', async () => {
    const s = await open(withTrend(TREND, 'pl'));
    const trend = chart(s, 'scoreTrend');
    await expect(trend.locator('h4').textContent()).resolves.toBe(t('pl', 'tab.chart.trend.title'));
    await expect(titles(s, '.charts g.overall circle')).resolves.toEqual([
      `02.04.2024 09:00 · ${t('pl', 'sidebar.audit.overall')}: 48`,
      `02.05.2024 09:30 · ${t('pl', 'sidebar.audit.overall')}: 59`,
      `03.06.2024 07:15 · ${t('pl', 'sidebar.audit.overall')}: 53`,
    ]);
    await expect(trend.locator('svg text').allTextContents()).resolves.toEqual([
      '100',
      '50',
      '0',
      '02.04.2024',
      '03.06.2024',
    ]);
  });
});

describe('the won value by month', () => {
  // The fixture's months: 3, 4, 5, 6, 3, 4, 5, 0, 3, 4, 5, 6, 3 deals won at 12,000 each.
  test('draws one bar per month with its value, the monthly target as a line, and says them all', async () => {
    const s = await open(sidebarState('en'));
    const monthly = chart(s, 'monthlyWon');
    await expect(monthly.locator('h4').textContent()).resolves.toBe('Won value by month');
    const bars = await monthly
      .locator('rect.bar')
      .evaluateAll((rects) =>
        rects.map((r) => [r.getAttribute('data-month'), Number(r.getAttribute('height'))]),
      );
    expect(bars.map(([month]) => month)).toEqual([
      '2023-06',
      '2023-07',
      '2023-08',
      '2023-09',
      '2023-10',
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
    ]);
    // Heights in proportion to the values: 72,000 twice 36,000; the quiet month flat.
    const heights = bars.map(([, height]) => height as number);
    expect(heights[3] / heights[0]).toBeCloseTo(2, 1);
    expect(heights[7]).toBe(0);
    await expect(titles(s, '.charts rect.bar')).resolves.toEqual([
      `2023-06: 36,000${NBSP}zł`,
      `2023-07: 48,000${NBSP}zł`,
      `2023-08: 60,000${NBSP}zł`,
      `2023-09: 72,000${NBSP}zł`,
      `2023-10: 36,000${NBSP}zł`,
      `2023-11: 48,000${NBSP}zł`,
      `2023-12: 60,000${NBSP}zł`,
      `2024-01: 0${NBSP}zł`,
      `2024-02: 36,000${NBSP}zł`,
      `2024-03: 48,000${NBSP}zł`,
      `2024-04: 60,000${NBSP}zł`,
      `2024-05: 72,000${NBSP}zł`,
      `2024-06: 36,000${NBSP}zł`,
    ]);
    // The scale's top is the round figure above the highest month (72,000), in the figures' money format.
    await expect(monthly.locator('svg text').allTextContents()).resolves.toEqual([
      `80,000${NBSP}zł`,
      `Target 50,000${NBSP}zł`,
      '2023-06',
      '2023-12',
      '2024-06',
    ]);
    await expect(monthly.locator('line.target').count()).resolves.toBe(1);
    const label = await monthly.locator('svg').getAttribute('aria-label');
    expect(label).toBe(
      [
        'Won value by month. 2023-06: 36,000 zł; 2023-07: 48,000 zł; 2023-08: 60,000 zł; 2023-09: 72,000 zł',
        '2023-10: 36,000 zł; 2023-11: 48,000 zł; 2023-12: 60,000 zł; 2024-01: 0 zł; 2024-02: 36,000 zł',
        '2024-03: 48,000 zł; 2024-04: 60,000 zł; 2024-05: 72,000 zł; 2024-06: 36,000 zł. Target 50,000 zł',
      ]
        .join('; ')
        .replace(/ zł/g, `${NBSP}zł`),
    );
  });

  test('without a target there is no target line', async () => {
    const state = sidebarState('en');
    state.report!.summary.monthlyTarget = null;
    const s = await open(state);
    await expect(chart(s, 'monthlyWon').locator('line.target').count()).resolves.toBe(0);
    await expect(chart(s, 'monthlyWon').locator('svg text').allTextContents()).resolves.toEqual([
      `80,000${NBSP}zł`,
      '2023-06',
      '2023-12',
      '2024-06',
    ]);
    await expect(chart(s, 'monthlyWon').locator('svg').getAttribute('aria-label')).resolves.toMatch(
      /2024-06: 36,000.zł$/,
    );
  });

  test('without a value column it says why there is no chart', async () => {
    const state = sidebarState('en');
    for (const month of state.report!.summary.months) month.wonValue = null;
    const s = await open(state);
    await expect(chart(s, 'monthlyWon').count()).resolves.toBe(0);
    await expect(s.page.locator('.charts .chart-note').last().textContent()).resolves.toBe(
      'Without a value column, the won value by month cannot be shown.',
    );
  });

  test('is in Polish, with Polish months and amounts', async () => {
    const s = await open(sidebarState('pl'));
    const monthly = chart(s, 'monthlyWon');
    await expect(monthly.locator('h4').textContent()).resolves.toBe(t('pl', 'sidebar.chart.monthly.title'));
    await expect(titles(s, '.charts rect.bar').then((all) => all.slice(0, 2))).resolves.toEqual([
      `06.2023: 36${NBSP}000${NBSP}zł`,
      `07.2023: 48${NBSP}000${NBSP}zł`,
    ]);
    await expect(monthly.locator('svg text').allTextContents()).resolves.toEqual([
      `80${NBSP}000${NBSP}zł`,
      t('pl', 'sidebar.audit.target', { target: `50${NBSP}000${NBSP}zł` }),
      '06.2023',
      '12.2023',
      '06.2024',
    ]);
  });
});

describe('hostile channel and salesperson names', () => {
  const IMG = '<img src=x onerror=alert(1)>';
  const SCRIPT = '</script><script>alert(2)</script>';
  const LONG = `Kanał${'BardzoDługaNazwa'.repeat(40)}`;
  const RTL = 'مبيعات الشرق الأوسط עסקאות';

  test('appear as text only beside the charts: no element made of them, no script run, no overflow', async () => {
    const state = withTrend(TREND);
    const report = state.report!;
    [IMG, SCRIPT, LONG, RTL].forEach((name, i) => (report.channels[i].channel = name));
    report.staleDeals[11].owner = SCRIPT;
    report.staleDeals[7].owner = RTL;
    report.actions[0].subject = IMG;
    report.actions[0].text = `Coach ${IMG} and ${LONG} on closing`;
    report.movement = {
      since: '2024-05-02T09:30:00+02:00',
      compared: 2,
      ...{ won: 0, lost: 0, removed: 0, advanced: 0, movedBack: 0, changedStage: 0, unchanged: 0 },
      ...{
        slipped: 0,
        stuck: 2,
        newDeals: 0,
        reopened: 0,
        transitions: [],
        timeInStage: [],
        slippedDeals: [],
      },
      stuckDeals: [
        movementDeal('X1', { owner: IMG, customer: SCRIPT, daysInStage: 90 }),
        movementDeal('X2', { owner: RTL, customer: LONG, daysInStage: 80 }),
      ],
    };
    const s = await open(state);
    const { page } = s;
    await page.locator('[data-area="conversations"] summary').click();

    await expect(page.locator('.channel-name').allTextContents()).resolves.toEqual(
      expect.arrayContaining([IMG, SCRIPT, LONG, RTL]),
    );
    await expect(page.locator('.action-text').first().textContent()).resolves.toBe(
      `Coach ${IMG} and ${LONG} on closing`,
    );
    const staleOwners = await page
      .locator('[data-area="conversations"] [data-list="staleDeals"] .list-row .secondary')
      .allTextContents();
    expect(staleOwners.slice(0, 2)).toEqual([
      expect.stringMatching(new RegExp(`Salesperson: ${SCRIPT.replace(/[()/]/g, '\\$&')}$`)),
      expect.stringMatching(new RegExp(`Salesperson: ${RTL}$`)),
    ]);
    await expect(page.locator('.movement .list-name').allTextContents()).resolves.toEqual([SCRIPT, LONG]);
    await expect(page.locator('.movement .list-row .secondary').allTextContents()).resolves.toEqual([
      expect.stringContaining(`Salesperson: ${IMG} · `),
      expect.stringContaining(`Salesperson: ${RTL} · `),
    ]);

    // Only the page's own script; nothing made from a name; the charts stand as drawn.
    await expect(page.locator('script').count()).resolves.toBe(1);
    await expect(page.locator('img, b, iframe, object').count()).resolves.toBe(0);
    await expect(chart(s, 'scoreTrend').locator('circle').count()).resolves.toBe(11);
    await expect(chart(s, 'monthlyWon').locator('rect.bar').count()).resolves.toBe(13);
    // A 700-character name wraps inside the 300 px sidebar instead of widening it.
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).resolves.toBe(true);
    await s.screenshot('sidebar-hostile-names');
    expect(s.dialogs).toEqual([]);
    expect(s.pageErrors).toEqual([]);
    expect(s.requests).toEqual([]);
  });
});
