// SPEC §1.6 actions: every kind with its money at stake, the order, the cap of 7, and the texts.
import type { DealField, QuestionAnswer, QuestionView } from '../../../src/core/types';
import { audit, cost, customer, d, many } from './fixtures';

const closed = { created: d('2026-06-01'), closed: d('2026-06-11'), value: 1000 };

describe('channel and salesperson actions', () => {
  // Ads strengthen; Cold drop (cost 5000, 1 new customer worth 1000); Fair modify (LTV:CAC 2).
  // Ann 50 % and Bob 10 % against the team's 8 ÷ 30.
  const deals = [
    ...many(6, { ...closed, outcome: 'won', channel: 'Ads', owner: 'Ann' }),
    ...many(4, { ...closed, outcome: 'lost', channel: 'Ads', owner: 'Ann' }),
    ...many(1, { ...closed, outcome: 'won', channel: 'Cold', owner: 'Bob' }),
    ...many(9, { ...closed, outcome: 'lost', channel: 'Cold', owner: 'Bob' }),
    ...many(1, { ...closed, outcome: 'won', channel: 'Fair', owner: 'Cid' }),
    ...many(9, { ...closed, outcome: 'lost', channel: 'Fair', owner: 'Cid' }),
  ];
  const costs = [cost('Ads', 600), cost('Cold', 5000), cost('Fair', 500)];
  const missing = {
    deals: ['conversations', 'customer', 'delivered', 'followUp', 'type'] as DealField[],
    customers: 'tab' as const,
  };

  it('ranks a dropped channel, a channel to rework and flagged salespeople by money at stake', () => {
    const report = audit({ deals, costs, missing });
    expect(report.channels.map((row) => [row.channel, row.verdict])).toEqual([
      ['Ads', 'strengthen'],
      ['Cold', 'drop'],
      ['Fair', 'modify'],
    ]);
    // Team win rate 8 ÷ 30; avg won deal 1000. Bob and Cid: (8/30 − 1/10) × 10 × 1000 = 1666.67 each.
    expect(report.actions.map((action) => [action.kind, action.subject, action.impact])).toEqual([
      ['channel.drop', 'Cold', { value: 5000, deals: 10, customers: null }],
      ['owner.flag', 'Bob', { value: expect.closeTo(5000 / 3, 8), deals: 10, customers: null }],
      ['owner.flag', 'Cid', { value: expect.closeTo(5000 / 3, 8), deals: 10, customers: null }],
      ['channel.modify', 'Fair', { value: 500, deals: 10, customers: null }],
      // Blended LTV:CAC 1000 ÷ (6100 ÷ 8) = 1.3 → amber
      ['metric.acquisition.ltvToCac', 'acquisition.ltvToCac', { value: null, deals: null, customers: null }],
    ]);
    expect(report.actions.map((action) => [action.area, action.rating])).toEqual([
      ['acquisition', 'red'],
      ['conversations', 'red'],
      ['conversations', 'red'],
      ['acquisition', 'amber'],
      ['acquisition', 'amber'],
    ]);
    expect(report.actions.map((action) => action.text)).toEqual([
      'Stop or rework Cold: $5,000 spent this period for 1 customer who brought $1,000',
      "Coach Bob on needs analysis and closing: wins 10% of closed deals against 26.7% for the team; at the team's rate, 10 closed deals would have brought $1,667 more",
      "Coach Cid on needs analysis and closing: wins 10% of closed deals against 26.7% for the team; at the team's rate, 10 closed deals would have brought $1,667 more",
      'Rework Fair before adding budget: $500 spent this period for 1 customer who brought $1,000',
      'Cut spend on channels with CLV:CAC below 1 and sell more to the customers you already have: CLV:CAC, all channels is 1.3× (target ≥ 3×)',
    ]);
  });

  it('writes them in Polish', () => {
    const report = audit({ deals, costs, missing }, { currency: 'PLN' }, { lang: 'pl', locale: 'pl-PL' });
    expect(report.actions.slice(0, 2).map((action) => action.text)).toEqual([
      'Zrezygnuj z kanału Cold albo go zmień: w tym okresie wydano 5000\u00a0zł na 1 klienta, który przyniósł 1000\u00a0zł',
      'Szkolenie dla: Bob — analiza potrzeb i domykanie sprzedaży; skuteczność 10% wobec 26,7% w zespole, przy skuteczności zespołu sprzedaż z 10 zamkniętych transakcji byłaby wyższa o 1667\u00a0zł',
    ]);
  });

  it('says a channel won no customer, and counts a modify channel only when it costs money', () => {
    const report = audit({
      deals: [
        ...many(10, { ...closed, outcome: 'won', channel: 'Ads' }),
        ...many(10, { ...closed, outcome: 'lost', channel: 'Cold' }),
        ...many(3, { ...closed, outcome: 'won', channel: 'Free' }),
        ...many(7, { ...closed, outcome: 'lost', channel: 'Free' }),
      ],
      costs: [cost('Ads', 100), cost('Cold', 800), cost('Free', 0)],
      missing,
    });
    expect(report.channels.map((row) => [row.channel, row.verdict])).toEqual([
      ['Ads', 'strengthen'],
      ['Free', 'modify'],
      ['Cold', 'drop'],
    ]);
    expect(report.actions.filter((action) => action.kind.startsWith('channel.'))).toEqual([
      {
        area: 'acquisition',
        kind: 'channel.drop',
        subject: 'Cold',
        rating: 'red',
        text: 'Stop or rework Cold: $800 spent this period without a single new customer',
        impact: { value: 800, deals: 10, customers: null },
      },
    ]);
  });

  it('has no amount for a salesperson without a value column, and lists it after every amount', () => {
    const report = audit({ deals, costs, missing: { ...missing, deals: [...missing.deals, 'value'] } });
    const bob = report.actions.find((action) => action.subject === 'Bob');
    expect(bob).toEqual({
      area: 'conversations',
      kind: 'owner.flag',
      subject: 'Bob',
      rating: 'red',
      text: 'Coach Bob on needs analysis and closing: wins 10% of 10 closed deals against 26.7% for the team',
      impact: { value: null, deals: 10, customers: null },
    });
    expect(report.actions.map((action) => action.impact.value)).toEqual([5000, 500, null, null]);
  });

  it('words a salesperson flagged only for slow wins by time', () => {
    const slow = audit({
      deals: [
        ...many(8, { ...closed, outcome: 'won', owner: 'Ann' }),
        ...many(5, { ...closed, outcome: 'won', owner: 'Bob', created: d('2026-04-01') }),
      ],
      missing: { ...missing, deals: [...missing.deals, 'channel'] },
    });
    // Team (8 × 10 + 5 × 71) ÷ 13 = 33.5 days; Bob 71 > 50.2 → flagged; same win rate → nothing lost.
    expect(slow.actions).toEqual([
      {
        area: 'conversations',
        kind: 'owner.flag',
        subject: 'Bob',
        rating: 'red',
        text: 'Help Bob win faster: wins take 71 days against 33.5 days for the team — agree a next step at every meeting',
        impact: { value: 0, deals: 5, customers: null },
      },
    ]);
  });
});

describe('deal and customer actions', () => {
  // 5 won in 10 days (median 10 → stale after 20 days); 2 of 5 open deals are 180 days old → 40 % red.
  const recent = ['A', 'B', 'C', 'D', 'E'].flatMap((name) =>
    many(1, { ...closed, outcome: 'won', customer: name }),
  );
  const deals = [
    ...recent,
    ...many(1, { created: d('2026-01-01'), value: 3000 }),
    ...many(1, { created: d('2026-01-01'), value: 4000 }),
    ...many(3, { created: d('2026-06-25'), value: 9000 }),
    // F and G last bought a year ago: 2 of 7 buyers dormant → 28.6 % amber
    ...many(1, {
      outcome: 'won',
      customer: 'F',
      created: d('2025-06-01'),
      closed: d('2025-06-10'),
      value: 500,
    }),
    ...many(1, {
      outcome: 'won',
      customer: 'G',
      created: d('2025-06-01'),
      closed: d('2025-06-10'),
      value: 700,
    }),
  ];
  // A (VIP, 180 days) and C (Active, never contacted) are overdue; B was contacted; D's status has no cadence.
  const customers = [
    customer('A', { status: 'VIP', lastContact: d('2026-01-01') }),
    customer('B', { status: 'VIP', lastContact: d('2026-06-20') }),
    customer('C', { status: 'Active' }),
    customer('D', { status: 'Prospect' }),
  ];
  const missing = {
    deals: ['conversations', 'channel', 'owner', 'delivered', 'followUp', 'type'] as DealField[],
    channels: 'tab' as const,
    customers: ['satisfaction', 'nps', 'firstLine', 'support'] as (
      'satisfaction' | 'nps' | 'firstLine' | 'support'
    )[],
  };

  it('puts the stale deals, the overdue and the dormant customers in money, without a metric action of their own', () => {
    const report = audit({ deals, customers, missing });
    expect(report.actions.slice(0, 3)).toEqual([
      {
        area: 'conversations',
        kind: 'deals.stale',
        subject: null,
        rating: 'red',
        text: 'Decide on 2 stalled open deals worth $7,000: agree a next step or close them as lost',
        impact: { value: 7000, deals: 2, customers: null },
      },
      {
        area: 'relationships',
        kind: 'customers.overdue',
        subject: null,
        // 2 of 3 planned customers: too few to rate the share, so not red
        rating: 'amber',
        text: 'Contact 2 customers overdue for contact, worth $2,000 in CLV',
        impact: { value: 2000, deals: null, customers: 2 },
      },
      {
        area: 'relationships',
        kind: 'customers.dormant',
        subject: null,
        rating: 'amber',
        text: 'Win back 2 dormant customers, worth $1,200 in CLV so far: reach out with something useful, not only an offer',
        impact: { value: 1200, deals: null, customers: 2 },
      },
    ]);
    const kinds = report.actions.map((action) => action.kind);
    for (const covered of ['staleOpenShare', 'overdueShare', 'dormantShare'])
      expect(kinds.some((kind) => kind.endsWith(covered))).toBe(false);
    // The rest are red metrics without an amount: repeat rate 0 % and expansion 0 %.
    expect(kinds.slice(3)).toEqual(['metric.aftersales.repeatRate', 'metric.relationships.expansionShare']);
  });

  it('counts deals and customers when no value is known', () => {
    const report = audit({ deals, customers, missing: { ...missing, deals: [...missing.deals, 'value'] } });
    const counted = report.actions.filter((action) => !action.kind.startsWith('metric.'));
    expect(counted.map((action) => [action.kind, action.text, action.impact])).toEqual([
      [
        'deals.stale',
        'Decide on 2 stalled open deals: agree a next step or close them as lost',
        { value: null, deals: 2, customers: null },
      ],
      [
        'customers.overdue',
        'Contact 2 customers overdue for contact',
        { value: null, deals: null, customers: 2 },
      ],
      [
        'customers.dormant',
        'Win back 2 dormant customers: reach out with something useful, not only an offer',
        { value: null, deals: null, customers: 2 },
      ],
    ]);
  });

  it('writes them in Polish', () => {
    const report = audit({ deals, customers, missing }, { currency: 'PLN' }, { lang: 'pl', locale: 'pl-PL' });
    expect(report.actions.slice(0, 3).map((action) => action.text)).toEqual([
      'Transakcje do decyzji: 2 otwarte transakcje o łącznej wartości 7000\u00a0zł — ustal następny krok albo zamknij je jako przegrane',
      'Kontakt zaległy: odezwij się do 2 klientów o łącznym CLV 2000\u00a0zł',
      'Uśpieni klienci: 2 klientów o łącznym CLV 1200\u00a0zł — odezwij się do nich z czymś wartościowym, nie tylko z ofertą',
    ]);
  });
});

describe('the order and the cap', () => {
  const questions: QuestionView[] = [
    { id: 'q.softSkills.needsAnalysis', area: 'conversations', text: 'Do we analyse needs?' },
    { id: 'q.softSkills.closing', area: 'conversations', text: 'Do we ask for the order?' },
    { id: 'q.aftersales.checkIn', area: 'aftersales', text: 'Do we check in after delivery?' },
    { id: 'q.relationships.contactPlan', area: 'relationships', text: 'Is there a contact plan?' },
    { id: 'q.process.regularAudit', area: 'process', text: 'Is the audit repeated?' },
    { id: 'q.process.outsideReview', area: 'process', text: 'Is there an outside review?' },
  ];
  const no: QuestionAnswer = { answer: 'no', note: '' };
  // Win rate 2 of 10 = 20 % → amber; nothing else rated.
  const deals = [...many(2, { ...closed, outcome: 'won' }), ...many(8, { ...closed, outcome: 'lost' })];
  const missing = {
    deals: ['conversations', 'channel', 'owner', 'customer', 'delivered', 'followUp', 'type'] as DealField[],
    channels: 'tab' as const,
    customers: 'tab' as const,
  };

  it('puts No before amber, then orders equals by subject; process questions have their own area', () => {
    const report = audit(
      { deals, missing },
      { answers: { 'q.softSkills.closing': no, 'q.process.regularAudit': no } },
      { questions },
    );
    expect(report.actions.map((action) => [action.area, action.kind, action.rating])).toEqual([
      ['process', 'question.q.process.regularAudit', 'red'],
      ['conversations', 'question.q.softSkills.closing', 'red'],
      ['conversations', 'metric.conversations.winRate', 'amber'],
    ]);
    expect(report.actions[1].text).toBe('Put in place what was answered No: Do we ask for the order?');
  });

  it('keeps the first 7', () => {
    const answers = Object.fromEntries(questions.map((question) => [question.id, no]));
    const report = audit({ deals, missing }, { answers }, { questions });
    // 6 questions answered No (red) and the amber win rate: 7 candidates. An eighth pushes the amber one out.
    expect(report.actions).toHaveLength(7);
    expect(report.actions[6].kind).toBe('metric.conversations.winRate');
    const more = audit(
      { deals: [...deals, ...many(10, { ...closed, outcome: 'lost' })], missing },
      { answers },
      { questions },
    );
    // Win rate 2 of 20 = 10 % → red: a metric, so ahead of the questions among the red ones.
    expect(more.actions.map((action) => action.subject)).toEqual([
      'conversations.winRate',
      'q.aftersales.checkIn',
      'q.process.outsideReview',
      'q.process.regularAudit',
      'q.relationships.contactPlan',
      'q.softSkills.closing',
      'q.softSkills.needsAnalysis',
    ]);
  });

  it('is empty when nothing needs doing', () => {
    expect(audit({}).actions).toEqual([]);
  });
});
