import type { Deal } from '../../../src/core/types';
import { audit, channelOf, cost, deal } from './fixtures';

let customerNo = 0;
/** `won` wins worth `value` (each a new customer) and `lost` losses on a channel. */
function channelDeals(channel: string, won: number, lost: number, value = 1000): Deal[] {
  return [
    ...Array.from({ length: won }, () =>
      deal({ channel, outcome: 'won', value, customer: `c${customerNo++}` }),
    ),
    ...Array.from({ length: lost }, () => deal({ channel, outcome: 'lost' })),
  ];
}

describe('channel verdicts (SPEC §2.1)', () => {
  // Wins/leads: Print 5/10, Cold 0/10, Walk-in 0/10, Web 5/5, Events 2/10, Fair 2/4 → overall 14 ÷ 49 = 0.2857.
  const report = audit({
    deals: [
      ...channelDeals('Print', 5, 5, 100),
      ...channelDeals('Cold', 0, 10),
      ...channelDeals('Walk-in', 0, 10),
      ...channelDeals('Web', 5, 0),
      ...channelDeals('Events', 2, 8),
      ...channelDeals('Fair', 2, 2),
    ],
    costs: [cost('Print', 1000), cost('Cold', 500), cost('Web', 1000), cost('Events', 200)],
  });

  it('drops a channel whose LTV:CAC is below 1', () => {
    // CAC 1000 ÷ 5 = 200, CLV 100 → 0.5
    expect(channelOf(report, 'Print')).toMatchObject({ cac: 200, ltvToCac: 0.5, verdict: 'drop' });
    expect(channelOf(report, 'Print').reason).toBe(
      'CLV:CAC is 0.5×: a customer costs $200 to win and brings $100 — cut this channel’s spend or drop it.',
    );
  });

  it('drops a paid channel with no win from 2 × minSample leads', () => {
    expect(channelOf(report, 'Cold')).toMatchObject({ verdict: 'drop', cac: null });
    expect(channelOf(report, 'Cold').reason).toBe(
      'No win from 10 leads while it cost $500 — drop it or change what it offers.',
    );
  });

  it('asks to modify a free channel with no wins instead of dropping it', () => {
    expect(channelOf(report, 'Walk-in')).toMatchObject({ verdict: 'modify', cost: null });
    expect(channelOf(report, 'Walk-in').reason).toBe(
      'Conversion 0% against 28.6% overall — rework the targeting or the offer to lift it.',
    );
  });

  it('strengthens a channel with LTV:CAC ≥ 3 that converts', () => {
    // CAC 1000 ÷ 5 = 200, CLV 1000 → 5; conversion 100% ≥ 0.8 × 28.6%
    expect(channelOf(report, 'Web')).toMatchObject({
      ltvToCac: 5,
      profitPerCustomer: 800,
      verdict: 'strengthen',
    });
    expect(channelOf(report, 'Web').reason).toBe(
      'CLV:CAC 5× and conversion 100% (overall 28.6%) — put more budget and time into it.',
    );
  });

  it('modifies a profitable channel whose conversion is under 0.8 × overall', () => {
    // CAC 200 ÷ 2 = 100, LTV:CAC 10, but conversion 20% < 0.8 × 28.6% = 22.9%
    expect(channelOf(report, 'Events')).toMatchObject({ ltvToCac: 10, conversion: 0.2, verdict: 'modify' });
  });

  it('gives no verdict below minSample closed deals', () => {
    expect(channelOf(report, 'Fair')).toMatchObject({
      verdict: 'insufficient',
      reason: 'Only 4 closed deals — at least 5 are needed for a verdict.',
    });
  });

  it('follows the user’s channel LTV:CAC band', () => {
    const strict = audit(
      { deals: channelDeals('Web', 5, 0), costs: [cost('Web', 1000)] },
      { bands: { 'channel.ltvToCac': { direction: 'higher', green: 6, amber: 1 } } },
    );
    // LTV:CAC 5 is under the green 6 now → modify
    expect(channelOf(strict, 'Web').verdict).toBe('modify');
  });

  it('flags an effective but expensive channel', () => {
    // A: 5/5, CAC 5000 ÷ 5 = 1000; B: 5/10, CAC 100; C: 5/10, CAC 120 → median CAC 120, 1.5 × 120 = 180.
    // Overall conversion 15 ÷ 25 = 0.6; A converts 100% and costs 1000 > 180 → expensive.
    const flagged = audit({
      deals: [...channelDeals('A', 5, 0), ...channelDeals('B', 5, 5), ...channelDeals('C', 5, 5)],
      costs: [cost('A', 5000), cost('B', 500), cost('C', 600)],
    });
    expect(channelOf(flagged, 'A')).toMatchObject({
      cac: 1000,
      ltvToCac: 1,
      verdict: 'modify',
      expensive: true,
    });
    expect(channelOf(flagged, 'A').reason).toBe(
      'CLV:CAC 1× and conversion 100% (overall 60%) — rework the targeting or the offer before adding budget. Effective but expensive: CAC $1,000 is over 1.5 × the median $120.',
    );
    expect(channelOf(flagged, 'B')).not.toHaveProperty('expensive');
  });

  it('writes reasons in Polish', () => {
    const pl = audit(
      { deals: channelDeals('Web', 5, 0), costs: [cost('Web', 1000)] },
      { currency: 'PLN' },
      { lang: 'pl', locale: 'pl-PL' },
    );
    expect(channelOf(pl, 'Web').reason).toBe(
      'CLV do CAC 5× i konwersja 100% (średnio 100%) — wzmocnij ten kanał budżetem i czasem.',
    );
    const few = audit({ deals: channelDeals('Web', 2, 0) }, {}, { lang: 'pl', locale: 'pl-PL' });
    expect(channelOf(few, 'Web').reason).toBe(
      'Tylko 2 zamknięte transakcje — do oceny potrzeba co najmniej 5.',
    );
  });
});

describe('verdict reasons', () => {
  it('writes a small LTV:CAC with two decimals so it never reads as 0×', () => {
    // CAC 10000 ÷ 5 = 2000, CLV 80 → 0.04
    const report = audit({ deals: channelDeals('Cold', 5, 5, 80), costs: [cost('Cold', 10000)] });
    expect(channelOf(report, 'Cold').reason).toMatch(
      /^CLV:CAC is 0\.04×: a customer costs \$2,000 to win and brings \$80 /,
    );
  });
});

describe('verdicts when nothing is won', () => {
  it('never strengthens a channel without a win, even when no channel wins anything', () => {
    // Overall conversion 0: "conversion ≥ overall" holds for 0 ≥ 0, but a channel that wins nothing is no
    // channel to put more money into.
    const report = audit({
      deals: [...channelDeals('Free', 0, 6), ...channelDeals('Paid', 0, 6)],
      costs: [cost('Free', 0)],
    });
    expect(channelOf(report, 'Free')).toMatchObject({ verdict: 'modify', cost: 0 });
    expect(channelOf(report, 'Paid')).toMatchObject({ verdict: 'modify', cost: null });
    expect(channelOf(report, 'Paid').reason).toBe(
      'Conversion 0% against 0% overall — rework the targeting or the offer to lift it.',
    );
  });

  it('judges a free channel with new customers by conversion (its LTV:CAC has no finite value)', () => {
    // Free: 5 wins of 10 (50%), cost 0 → CAC 0, LTV:CAC none; Paid: 1 win of 10 → overall 6 ÷ 20 = 30%.
    const report = audit({
      deals: [...channelDeals('Free', 5, 5), ...channelDeals('Paid', 1, 9)],
      costs: [cost('Free', 0), cost('Paid', 100)],
    });
    expect(channelOf(report, 'Free')).toMatchObject({
      cac: 0,
      ltvToCac: null,
      profitPerCustomer: 1000,
      verdict: 'strengthen',
    });
  });
});
