// Hand-made AuditReports for the audit tab tests: one realistic full report and one with nothing in it.
import type {
  Action,
  AreaResult,
  AuditReport,
  ChannelRow,
  DataIssue,
  IssueCode,
  MetricResult,
  MonthSummary,
  MovementDeal,
  OverdueCustomer,
  QuestionResult,
  StaleDeal,
} from '../../../src/core/types';

function metric(
  id: string,
  unit: MetricResult['unit'],
  value: number | null,
  rating: MetricResult['rating'],
  rest: Partial<MetricResult> = {},
): MetricResult {
  return { id, value, unit, rating, target: null, sample: 120, note: null, ...rest };
}

function question(id: string, text: string, answer: QuestionResult['answer'], note = ''): QuestionResult {
  const rating =
    answer === 'yes' ? 'green' : answer === 'partly' ? 'amber' : answer === 'no' ? 'red' : 'unrated';
  return { id, text, answer, note, rating };
}

const AREAS: AreaResult[] = [
  {
    id: 'acquisition',
    score: 50,
    rating: 'amber',
    previousScore: 62.5,
    metrics: [
      metric('acquisition.leads', 'count', 236, 'unrated', { previous: 210 }),
      metric('acquisition.leadToWinRate', 'ratio', 0.2288, 'unrated', { previous: 0.25 }),
      metric('acquisition.blendedCac', 'currency', 1432.5, 'unrated', { sample: 54 }),
      metric('acquisition.ltvToCac', 'multiple', 2.4, 'amber', {
        target: '≥ 3',
        sample: 54,
        note: 'Every 1 zł spent on acquisition brings back 2.4 zł of margin.',
      }),
      metric('acquisition.effortSpread', 'multiple', null, 'nodata', {
        sample: 0,
        note: 'Add a Conversations column to Deals to see which channels take the most work.',
      }),
    ],
    questions: [],
    // (90 × 100 + 50 × 100 + 40 × 50 + 52 × 0) ÷ 232 leads
    tables: [{ id: 'channels', points: 16000 / 232, rating: 'amber' }],
    attention: [{ kind: 'channel', subject: 'Cold calls' }],
  },
  {
    id: 'conversations',
    score: 25,
    rating: 'red',
    previousScore: null,
    metrics: [
      metric('conversations.avgDaysToWin', 'days', 34.6, 'unrated', { previous: 41 }),
      metric('conversations.medianDaysToWin', 'days', 28, 'unrated'),
      metric('conversations.avgConversationsPerWin', 'count', 4.3, 'unrated', { previous: 3.8 }),
      metric('conversations.avgDealValue', 'currency', 12480, 'unrated', { previous: 12480 }),
      metric('conversations.medianDealValue', 'currency', 9800, 'unrated'),
      metric('conversations.avgClv', 'currency', 21350, 'unrated'),
      metric('conversations.avgDaysInFunnel', 'days', 39.2, 'unrated'),
      metric('conversations.avgOpenDealAgeDays', 'days', 71.5, 'unrated'),
      metric('conversations.staleOpenShare', 'ratio', 0.31, 'red', {
        target: '≤ 10%',
        note: '31% of open deals have stayed longer than usual.',
      }),
      metric('conversations.winRate', 'ratio', 0.21, 'amber', {
        target: '≥ 25%',
        previous: 0.24,
        note: 'About 1 in 5 closed deals is won.',
      }),
      metric('conversations.salesVelocity', 'currencyPerDay', 1875.4, 'unrated'),
    ],
    questions: [
      question('q.softSkills.needsAnalysis', 'We analyse the customer’s needs before offering', 'yes'),
      question(
        'q.softSkills.objections',
        'Salespeople handle objections well',
        'partly',
        'Only the two seniors',
      ),
      question('q.softSkills.closing', 'Salespeople ask for the order', 'no'),
      question('q.softSkills.followUp', 'Every offer is followed up', null),
    ],
    // Anna unflagged, Piotr flagged; @ola has too few closed deals to count.
    tables: [{ id: 'owners', points: 50, rating: 'amber' }],
    attention: [
      { kind: 'owner', subject: 'Piotr' },
      { kind: 'metric', subject: 'conversations.staleOpenShare' },
      { kind: 'question', subject: 'q.softSkills.closing' },
    ],
  },
  {
    id: 'aftersales',
    score: 83.3,
    rating: 'green',
    previousScore: 75,
    metrics: [
      metric('aftersales.followUpRate', 'ratio', 0.86, 'green', { target: '≥ 80%' }),
      metric('aftersales.medianDaysToFollowUp', 'days', 5, 'green', { target: '≤ 7' }),
      metric('aftersales.csat', 'ratio', 0.75, 'insufficient', {
        target: '≥ 80%',
        sample: 4,
        note: 'Only 4 scores: too few to rate.',
      }),
      metric('aftersales.avgSatisfaction', 'score', 4.1, 'unrated', { sample: 4 }),
      metric('aftersales.nps', 'points', 42, 'green', { target: '≥ 30' }),
      metric('aftersales.repeatRate', 'ratio', 0.34, 'green', { target: '≥ 30%' }),
      metric('aftersales.firstLineCoverage', 'ratio', null, 'nodata', {
        target: '≥ 95%',
        sample: 0,
        note: 'Add an Account manager column to Customers.',
      }),
    ],
    questions: [
      question('q.aftersales.firstLine', 'The customer knows whom to call after the purchase', 'yes'),
      question('q.aftersales.support', 'We have a support process with response times', 'na'),
    ],
    tables: [],
    attention: [],
  },
  {
    id: 'relationships',
    score: null,
    rating: 'insufficient',
    previousScore: 40,
    metrics: [
      metric('relationships.overdueShare', 'ratio', 0.4, 'insufficient', { sample: 3 }),
      metric('relationships.dormantShare', 'ratio', null, 'nodata', { sample: 0 }),
      metric('relationships.expansionShare', 'ratio', 0.12, 'insufficient', { sample: 2 }),
    ],
    questions: [question('q.relationships.contactPlan', 'We have a contact plan per customer status', null)],
    tables: [],
    attention: [],
  },
];

const CHANNELS: ChannelRow[] = [
  channel('Google Ads', 90, 24, 40, 'strengthen', { cost: 30000, cac: 1250, ltvToCac: 3.6, expensive: true }),
  channel('Referrals', 50, 15, 20, 'strengthen', { cost: 0, cac: 0, ltvToCac: null }),
  channel('Trade fairs', 40, 6, 20, 'modify', { cost: 24000, cac: 4000, ltvToCac: 1.8 }),
  channel('Cold calls', 52, 0, 30, 'drop', { cost: 9000, cac: null, ltvToCac: null }),
  channel('=IMPORTXML("http://x","//a")', 4, 1, 1, 'insufficient', { cost: null, cac: null, ltvToCac: null }),
];

function channel(
  name: string,
  leads: number,
  won: number,
  lost: number,
  verdict: ChannelRow['verdict'],
  money: { cost: number | null; cac: number | null; ltvToCac: number | null; expensive?: true },
): ChannelRow {
  return {
    channel: name,
    leads,
    share: leads / 236,
    won,
    lost,
    conversion: won / leads,
    winRate: won + lost > 0 ? won / (won + lost) : null,
    cost: money.cost,
    newCustomers: won,
    cac: money.cac,
    avgClv: won > 0 ? 15000 : null,
    profitPerCustomer: money.cac === null || won === 0 ? null : 15000 - money.cac,
    ltvToCac: money.ltvToCac,
    conversationsPerWin: won > 0 ? 3.5 : null,
    verdict,
    ...(money.expensive ? { expensive: true as const } : {}),
    reason: `${name}: ${won} won from ${leads} leads.`,
  };
}

/** 26 stale deals in no particular order; ages 100, 103, … with a twist so the input is not sorted. */
function staleDeals(count: number): StaleDeal[] {
  return Array.from({ length: count }, (_, i) => ({
    row: 10 + i,
    id: `D-${1000 + i}`,
    name: `Offer ${i}`,
    owner: i % 2 === 0 ? 'Anna' : 'Piotr',
    channel: 'Google Ads',
    ageDays: 100 + ((i * 7) % count) * 3,
    conversations: i % 5,
    reason: 'Open longer than twice the median time to win.',
    customer: i === 4 ? null : `Client ${i}`,
    stage: i % 3 === 0 ? 'Negotiation' : 'Proposal sent',
    value: i === 5 ? null : 1000 * (i + 1),
    created: `2024-0${1 + (i % 3)}-1${i % 10}`,
  }));
}

function overdueCustomers(count: number): OverdueCustomer[] {
  return Array.from({ length: count }, (_, i) =>
    i === 3
      ? {
          customer: 'Never Called Ltd',
          status: 'New',
          lastContact: null,
          daysSinceContact: null,
          cadenceDays: 14,
          overdueDays: null,
          clv: null,
          accountManager: null,
        }
      : {
          customer: `Customer ${i}`,
          status: 'Active',
          lastContact: '2024-01-15',
          daysSinceContact: 140 + i,
          cadenceDays: 60,
          overdueDays: 80 + ((i * 11) % count),
          clv: 5000 + 250 * i,
          accountManager: i % 2 === 0 ? 'Ewa' : 'Marek',
        },
  );
}

const ISSUE_CODES: IssueCode[] = ['bad_date', 'bad_date', 'bad_number', 'future_date', 'unknown_customer'];

function issues(count: number): DataIssue[] {
  return Array.from({ length: count }, (_, i) => {
    const code = ISSUE_CODES[i % ISSUE_CODES.length];
    return {
      tab: code === 'unknown_customer' ? 'Customers' : 'Deals',
      row: i + 2,
      column: code === 'bad_number' ? 'Value' : 'Created',
      code,
      message: `Row ${i + 2}: ${code} — the row was skipped.`,
    };
  });
}

/** 2023-06 … 2024-06: a year of trend with a quiet month and today's month under way. */
function months(): MonthSummary[] {
  return Array.from({ length: 13 }, (_, i) => {
    const month = `${2023 + Math.floor((5 + i) / 12)}-${String(((5 + i) % 12) + 1).padStart(2, '0')}`;
    const won = i === 7 ? 0 : 3 + (i % 4);
    const lost = i === 7 ? 0 : 8 + (i % 3);
    return {
      month,
      leads: 15 + i,
      won,
      wonValue: won * 12000,
      lost,
      winRate: won + lost === 0 ? null : won / (won + lost),
    };
  });
}

/** Most money at stake first, as rankActions leaves them. */
const ACTIONS: Action[] = [
  {
    area: 'conversations',
    kind: 'owner.flag',
    subject: 'Piotr',
    rating: 'red',
    text: 'Coach Piotr on needs analysis and closing: wins 16.7% of closed deals against 26% for the team',
    impact: { value: 59904, deals: 72, customers: null },
  },
  {
    area: 'acquisition',
    kind: 'channel.modify',
    subject: 'Trade fairs',
    rating: 'amber',
    text: 'Rework Trade fairs before adding budget: PLN 24,000 spent this period for 6 customers who brought PLN 90,000',
    impact: { value: 24000, deals: 40, customers: null },
  },
  {
    area: 'acquisition',
    kind: 'channel.drop',
    subject: 'Cold calls',
    rating: 'red',
    text: 'Stop or rework Cold calls: PLN 9,000 spent this period without a single new customer',
    impact: { value: 9000, deals: 52, customers: null },
  },
  {
    area: 'process',
    kind: 'question.q.process.outsideReview',
    subject: 'q.process.outsideReview',
    rating: 'red',
    text: 'Put in place what was answered No: Someone from outside reviews the process at least yearly',
    impact: { value: null, deals: null, customers: null },
  },
];

export function fullReport(): AuditReport {
  return {
    schemaVersion: 2,
    generatedAt: '2024-06-03T09:15:42+02:00',
    today: '2024-06-03',
    period: { kind: 'all', from: null, to: '2024-06-03', label: 'All data (up to 2024-06-03)' },
    locale: 'en-US',
    language: 'en',
    currency: 'PLN',
    input: {
      deals: {
        found: true,
        tab: 'Deals',
        rows: 240,
        used: 236,
        mapping: {
          created: 'Created',
          stage: 'Stage',
          value: 'Value',
          channel: 'Channel',
          closed: 'Closed',
          expectedClose: null,
          customer: 'Customer',
          owner: 'Owner',
          conversations: 'Conversations',
          type: null,
          delivered: 'Delivered',
          followUp: 'Follow-up',
          id: 'Deal ID',
          name: 'Name',
          lostReason: 'Lost reason',
        },
        headers: [],
      },
      channels: {
        found: true,
        tab: 'Channels',
        rows: 14,
        used: 14,
        mapping: { channel: 'Channel', cost: 'Cost', date: 'Month' },
        headers: [],
      },
      customers: {
        found: false,
        tab: null,
        rows: 0,
        used: 0,
        mapping: {
          customer: null,
          status: null,
          lastContact: null,
          satisfaction: null,
          nps: null,
          firstLine: null,
          support: null,
        },
        headers: [],
      },
    },
    openStages: ['Qualified', 'Proposal sent', 'Negotiation', '+48 call back'],
    overall: { score: 52.8, rating: 'amber', previousScore: 59 },
    summary: {
      wonValue: 504000,
      wonDeals: 42,
      avgMonthlyWonValue: 38000,
      completeMonths: 12,
      monthlyTarget: 50000,
      targetRating: 'red',
      months: months(),
    },
    actions: structuredClone(ACTIONS),
    areas: structuredClone(AREAS),
    processQuestions: [
      question('q.process.regularAudit', 'The audit is repeated regularly', 'yes'),
      question(
        'q.process.outsideReview',
        'Someone from outside reviews the process at least yearly',
        'no',
        'Never so far',
      ),
    ],
    channels: structuredClone(CHANNELS),
    owners: [
      {
        owner: 'Anna',
        deals: 120,
        won: 32,
        lost: 70,
        winRate: 32 / 102,
        avgDaysToWin: 30.5,
        conversationsPerWin: 3.9,
        avgDealValue: 13100,
        flags: [],
      },
      {
        owner: 'Piotr',
        deals: 96,
        won: 12,
        lost: 60,
        winRate: 12 / 72,
        avgDaysToWin: 52,
        conversationsPerWin: 5.2,
        avgDealValue: 9900,
        flags: ['Win rate 17% is below 60% of the team’s 26%.', 'Takes 52 days to win; the team takes 34.'],
      },
      {
        owner: '@ola',
        deals: 20,
        won: 2,
        lost: 1,
        winRate: 2 / 3,
        avgDaysToWin: null,
        conversationsPerWin: null,
        avgDealValue: 8000,
        flags: [],
      },
    ],
    staleDeals: staleDeals(26),
    overdueCustomers: overdueCustomers(24),
    statuses: [
      { status: 'VIP', customers: 12, share: 0.1, cadenceDays: 30, medianDaysSinceContact: 21, overdue: 3 },
      {
        status: 'Active',
        customers: 70,
        share: 70 / 120,
        cadenceDays: 60,
        medianDaysSinceContact: 75,
        overdue: 18,
      },
      {
        status: 'New',
        customers: 30,
        share: 0.25,
        cadenceDays: 14,
        medianDaysSinceContact: null,
        overdue: 3,
      },
      {
        status: 'Partner',
        customers: 8,
        share: 8 / 120,
        cadenceDays: null,
        medianDaysSinceContact: 40,
        overdue: 0,
      },
    ],
    pipeline: [
      { stage: 'Qualified', deals: 14, value: 98000, medianAgeDays: 12 },
      { stage: 'Proposal sent', deals: 9, value: 121500.5, medianAgeDays: 27.5 },
      { stage: 'Negotiation', deals: 5, value: 64000, medianAgeDays: 41 },
      { stage: '+48 call back', deals: 2, value: null, medianAgeDays: 380 },
    ],
    lostReasons: [
      { reason: 'Price too high', deals: 40, share: 40 / 130, value: 410000 },
      { reason: 'Chose a competitor', deals: 35, share: 35 / 130, value: 380000 },
      { reason: '=No budget', deals: 20, share: 20 / 130, value: null },
      { reason: '(other)', deals: 5, share: 5 / 130, value: 12000 },
      { reason: '(no reason given)', deals: 30, share: 30 / 130, value: 150000 },
    ],
    movement: null,
    issues: issues(60),
  };
}

/** A report of a Deals tab with a few rows and nothing else: every list empty, every area grey. */
export function emptyReport(): AuditReport {
  const report = fullReport();
  return {
    ...report,
    openStages: [],
    processQuestions: undefined,
    overall: { score: null, rating: 'nodata' },
    areas: report.areas.map((area) => ({
      ...area,
      score: null,
      rating: 'nodata',
      previousScore: undefined,
      metrics: [],
      questions: [],
      tables: [],
      attention: [],
    })),
    summary: {
      ...report.summary,
      wonValue: 0,
      wonDeals: 0,
      avgMonthlyWonValue: null,
      completeMonths: 0,
      monthlyTarget: null,
      targetRating: 'unrated',
      months: report.summary.months.map((month) => ({
        ...month,
        leads: 0,
        won: 0,
        wonValue: 0,
        lost: 0,
        winRate: null,
      })),
    },
    actions: [],
    channels: [],
    owners: [],
    staleDeals: [],
    overdueCustomers: [],
    statuses: [],
    pipeline: [],
    lostReasons: null,
    issues: [],
  };
}

/** A deal of a movement list: customer, stage, value and salesperson, with what a test sets. */
export const movementDeal = (id: string, fields: Partial<MovementDeal>): MovementDeal => ({
  row: 2,
  id,
  name: `Deal ${id}`,
  customer: `Customer ${id}`,
  stage: 'Proposal',
  value: 1000,
  owner: 'Ann',
  daysInStage: 10,
  expectedClose: null,
  previousExpectedClose: null,
  ...fields,
});
