import { audit, channelOf, cost, d, deal, many, metricOf } from './fixtures';

// Ads: 10 leads (4 won at 1000 to 4 new customers, 4 lost, 2 open), 3 conversations each, costs 2000 + 2000.
// Referral: 10 leads (6 won at 500 to 6 new customers, 2 lost, 2 open), 2 conversations each, no cost row.
// Fair: a cost row of 1000 and no leads.
function acquisitionFixture() {
  const ads = (i: number) => ({ channel: 'Ads', conversations: 3, customer: `A${i}` });
  const referral = (i: number) => ({ channel: 'Referral', conversations: 2, customer: `R${i}` });
  return {
    deals: [
      ...[1, 2, 3, 4].map((i) => deal({ ...ads(i), outcome: 'won', value: 1000, closed: d('2026-02-01') })),
      ...[5, 6, 7, 8].map((i) => deal({ ...ads(i), outcome: 'lost', closed: d('2026-02-01') })),
      ...[9, 10].map((i) => deal({ ...ads(i) })),
      ...[1, 2, 3, 4, 5, 6].map((i) =>
        deal({ ...referral(i), outcome: 'won', value: 500, closed: d('2026-02-01') }),
      ),
      ...[7, 8].map((i) => deal({ ...referral(i), outcome: 'lost', closed: d('2026-02-01') })),
      ...[9, 10].map((i) => deal({ ...referral(i) })),
    ],
    costs: [cost('Ads', 2000), cost('Ads', 2000), cost('Fair', 1000)],
  };
}

describe('acquisition metrics', () => {
  const report = audit(acquisitionFixture());

  it('counts leads and the lead-to-win rate', () => {
    expect(metricOf(report, 'acquisition.leads')).toMatchObject({
      value: 20,
      unit: 'count',
      rating: 'unrated',
    });
    // 10 won ÷ 20 leads
    expect(metricOf(report, 'acquisition.leadToWinRate')).toMatchObject({
      value: 0.5,
      unit: 'ratio',
      sample: 20,
    });
  });

  it('computes blended CAC and LTV:CAC over all costs and new customers', () => {
    // (4000 + 1000) ÷ 10 new customers = 500
    expect(metricOf(report, 'acquisition.blendedCac')).toMatchObject({
      value: 500,
      unit: 'currency',
      sample: 10,
    });
    // avg CLV (4 × 1000 + 6 × 500) ÷ 10 = 700; 700 ÷ 500 = 1.4 → amber (1–3)
    expect(metricOf(report, 'acquisition.ltvToCac')).toMatchObject({
      value: 1.4,
      unit: 'multiple',
      rating: 'amber',
      target: '≥ 3×',
    });
  });

  it('computes the effort spread over channels with a verdict', () => {
    // Ads 30 ÷ 4 = 7.5 conversations per win, Referral 20 ÷ 6 = 3.333…; 7.5 ÷ 3.333… = 2.25
    const spread = metricOf(report, 'acquisition.effortSpread');
    expect(spread.value).toBeCloseTo(2.25, 10);
    expect(spread.note).toBe('Ads needs 2.3× as many conversations per win as Referral.');
  });

  it('says "razy więcej … niż" in Polish, never "× tyle"', () => {
    const pl = audit(acquisitionFixture(), {}, { lang: 'pl', locale: 'pl-PL' });
    // 700 ÷ 500 = 1.4, amber, so the advice follows
    expect(metricOf(pl, 'acquisition.ltvToCac').note).toBe(
      'Nowy klient przynosi 1,4 razy więcej, niż kosztowało jego pozyskanie — ogranicz wydatki na kanały z CLV do CAC poniżej 1 i sprzedawaj więcej obecnym klientom.',
    );
    // 7.5 ÷ 3.333… = 2.25, shown as 2,3
    expect(metricOf(pl, 'acquisition.effortSpread').note).toBe(
      'Kanał Ads wymaga 2,3 razy więcej rozmów na jedną wygraną niż kanał Referral.',
    );
  });

  it('says a new customer brings back only part of its cost when CLV:CAC is below 1', () => {
    // 4 customers won at 100 for a cost of 2000: CAC 500, CLV 100, CLV:CAC 0.2
    const wins = [1, 2, 3, 4].map((i) =>
      deal({ channel: 'Ads', customer: `C${i}`, outcome: 'won', value: 100, closed: d('2026-02-01') }),
    );
    const pl = audit({ deals: wins, costs: [cost('Ads', 2000)] }, {}, { lang: 'pl', locale: 'pl-PL' });
    expect(metricOf(pl, 'acquisition.ltvToCac').note).toMatch(
      /^Nowy klient przynosi tylko 0,2 tego, ile kosztowało jego pozyskanie/,
    );
  });

  it('fills the channel table', () => {
    expect(channelOf(report, 'Ads')).toEqual({
      channel: 'Ads',
      leads: 10,
      share: 0.5,
      won: 4,
      lost: 4,
      conversion: 0.4,
      winRate: 0.5,
      cost: 4000,
      newCustomers: 4,
      cac: 1000, // 4000 ÷ 4
      avgClv: 1000,
      profitPerCustomer: 0, // 1000 − 1000
      ltvToCac: 1, // 1000 ÷ 1000
      conversationsPerWin: 7.5,
      verdict: 'modify',
      reason:
        'CLV:CAC 1× and conversion 40% (overall 50%) — rework the targeting or the offer before adding budget.',
    });
    const referral = channelOf(report, 'Referral');
    expect(referral).toMatchObject({
      leads: 10,
      won: 6,
      conversion: 0.6,
      winRate: 0.75,
      cost: null,
      cac: null,
    });
    expect(referral.avgClv).toBe(500);
    expect(referral.ltvToCac).toBeNull();
    expect(referral.conversationsPerWin).toBeCloseTo(20 / 6, 10);
    expect(referral.verdict).toBe('strengthen');
    expect(referral.reason).toBe('Conversion 60% against 50% overall — put more effort into this channel.');
  });

  it('keeps a cost row with no leads as a channel without a verdict', () => {
    expect(channelOf(report, 'Fair')).toMatchObject({
      leads: 0,
      share: 0,
      won: 0,
      conversion: null,
      winRate: null,
      cost: 1000,
      newCustomers: 0,
      cac: null,
      verdict: 'insufficient',
      reason: 'Only 0 closed deals — at least 5 are needed for a verdict.',
    });
  });

  it('orders channels by leads, cost-only channels last', () => {
    expect(report.channels.map((row) => row.channel)).toEqual(['Referral', 'Ads', 'Fair']);
  });
});

describe('acquisition edge cases', () => {
  it('rates CAC metrics no data with a hint when there is no Channels tab', () => {
    const report = audit({ deals: many(6, { outcome: 'won', value: 100 }), missing: { channels: 'tab' } });
    expect(metricOf(report, 'acquisition.blendedCac')).toMatchObject({
      value: null,
      rating: 'nodata',
      note: 'Add a Channels tab with a "Cost" column to see this.',
    });
    expect(metricOf(report, 'acquisition.ltvToCac').rating).toBe('nodata');
  });

  it('handles zero cost: CAC 0, LTV:CAC no data instead of Infinity', () => {
    const report = audit({
      deals: many(6, { outcome: 'won', value: 100, channel: 'Ads' }),
      costs: [cost('Ads', 0)],
    });
    expect(metricOf(report, 'acquisition.blendedCac').value).toBe(0);
    expect(metricOf(report, 'acquisition.ltvToCac')).toMatchObject({ value: null, rating: 'nodata' });
    expect(channelOf(report, 'Ads')).toMatchObject({ cac: 0, ltvToCac: null, profitPerCustomer: 100 });
  });

  it('gives a single channel the whole share and no effort spread', () => {
    const report = audit({
      deals: [
        ...many(5, { outcome: 'won', channel: 'Web', conversations: 2 }),
        ...many(5, { channel: 'Web' }),
      ],
    });
    expect(report.channels).toHaveLength(1);
    expect(channelOf(report, 'Web')).toMatchObject({ share: 1, conversion: 0.5, verdict: 'strengthen' });
    expect(metricOf(report, 'acquisition.effortSpread')).toMatchObject({
      value: null,
      rating: 'insufficient',
    });
  });

  it('puts deals with a blank channel in a "(no channel)" row', () => {
    const report = audit({ deals: [deal({ channel: 'Web' }), deal({})] });
    expect(report.channels.map((row) => [row.channel, row.leads])).toEqual([
      ['(no channel)', 1],
      ['Web', 1],
    ]);
  });

  it('gives the "(no channel)" row no verdict: it is no channel to strengthen or drop', () => {
    // 5 of 6 unassigned deals won would otherwise read "put more effort into this channel"
    const report = audit({
      deals: [
        ...many(5, { outcome: 'won' }),
        ...many(1, { outcome: 'lost' }),
        ...many(6, { outcome: 'lost', channel: 'Web' }),
      ],
    });
    expect(channelOf(report, '(no channel)')).toMatchObject({
      won: 5,
      verdict: 'insufficient',
      reason: 'These deals have no channel filled in — fill it in to see where they came from.',
    });
    const pl = audit({ deals: many(6, { outcome: 'won' }) }, {}, { lang: 'pl', locale: 'pl-PL' });
    expect(channelOf(pl, '(brak kanału)').reason).toBe(
      'Te transakcje nie mają wpisanego kanału — uzupełnij go, aby wiedzieć, skąd pochodzą.',
    );
  });

  it('has no channel table without a channel column', () => {
    const report = audit({ deals: many(3), missing: { deals: ['channel'] } });
    expect(report.channels).toEqual([]);
    expect(metricOf(report, 'acquisition.effortSpread').note).toBe(
      'Add a "Channel" column to the Deals tab to see this.',
    );
  });

  it('counts each won deal without a customer as a new customer', () => {
    // 3 won deals, 2 of the same customer "Acme": new customers = Acme + 1 anonymous = 2; CAC 600 ÷ 2 = 300
    const report = audit({
      deals: [
        deal({ outcome: 'won', channel: 'Ads', customer: 'Acme', value: 100 }),
        deal({ outcome: 'won', channel: 'Ads', customer: 'Acme', value: 100 }),
        deal({ outcome: 'won', channel: 'Ads', value: 100 }),
      ],
      costs: [cost('Ads', 600)],
    });
    expect(channelOf(report, 'Ads')).toMatchObject({ newCustomers: 2, cac: 300 });
  });
});

describe('blank value and conversation cells', () => {
  // Web: 5 won deals, each a new customer, no value and no conversation count filled in; cost 1000.
  // Shop: 5 won deals worth 400 with 2 conversations each (two of its lost deals left blank); cost 500.
  const report = audit({
    deals: [
      ...Array.from({ length: 5 }, (_, i) => deal({ outcome: 'won', channel: 'Web', customer: `W${i}` })),
      ...many(5, { outcome: 'lost', channel: 'Web' }),
      ...Array.from({ length: 5 }, (_, i) =>
        deal({ outcome: 'won', channel: 'Shop', customer: `S${i}`, value: 400, conversations: 2 }),
      ),
      ...many(2, { outcome: 'lost', channel: 'Shop' }),
    ],
    costs: [cost('Web', 1000), cost('Shop', 500)],
  });

  it('reads customers without a known deal value as unknown CLV, not as worth 0', () => {
    // Web: CAC 1000 ÷ 5 = 200, CLV unknown → no LTV:CAC, so no "drop" for an LTV:CAC of 0
    expect(channelOf(report, 'Web')).toMatchObject({
      cac: 200,
      avgClv: null,
      profitPerCustomer: null,
      ltvToCac: null,
    });
    expect(channelOf(report, 'Web').verdict).not.toBe('drop');
    // CLV over the 5 customers whose deals have a value: 400
    expect(metricOf(report, 'conversations.avgClv')).toMatchObject({ value: 400, sample: 5 });
    // Blended: CAC 1500 ÷ 10 = 150; avg CLV of the new customers with a known value 400 → 2.67
    expect(metricOf(report, 'acquisition.ltvToCac').value).toBeCloseTo(400 / 150, 10);
  });

  it('reads a channel without any conversation count as unknown effort, not as 0 per win', () => {
    expect(channelOf(report, 'Web').conversationsPerWin).toBeNull();
    // Shop: 10 conversations ÷ 5 wins
    expect(channelOf(report, 'Shop').conversationsPerWin).toBe(2);
  });
});
