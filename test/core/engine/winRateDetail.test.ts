import { audit, d, deal, many, metricOf } from './fixtures';

describe('the win-rate finding names the data (SPEC §1.7)', () => {
  // 2 won, 8 lost → 20 % → amber; 5 lost for "Price", 2 for "Timing", 1 without a reason.
  // Open: 5 in Negotiation aged 10–50 days (median 30), 5 in Qualified aged 1–5 (median 3), 1 in Pilot of 400.
  const closed = [
    ...many(2, { outcome: 'won' }),
    ...many(5, { outcome: 'lost', lostReason: 'Price', value: 100 }),
    ...many(2, { outcome: 'lost', lostReason: 'Timing' }),
    deal({ outcome: 'lost' }),
  ];
  const open = [
    ...[10, 20, 30, 40, 50].map((age) => deal({ stage: 'Negotiation', created: d('2026-06-30') - age })),
    ...[1, 2, 3, 4, 5].map((age) => deal({ stage: 'Qualified', created: d('2026-06-30') - age })),
    deal({ stage: 'Pilot', created: d('2026-06-30') - 400 }),
  ];

  it('names the most common lost reason and the stage where open deals wait longest', () => {
    const report = audit({ deals: [...closed, ...open] });
    expect(report.pipeline.map((row) => [row.stage, row.medianAgeDays])).toEqual([
      ['Qualified', 3],
      ['Negotiation', 30],
      ['Pilot', 400],
    ]);
    // Pilot waits longest but holds 1 deal, under minSample 5.
    expect(metricOf(report, 'conversations.winRate')).toMatchObject({ value: 0.2, rating: 'amber' });
    expect(metricOf(report, 'conversations.winRate').note).toBe(
      '20% of closed deals are won (2 of 10); the most common lost reason is "Price" (5 of 8 lost deals); ' +
        'open deals wait longest in "Negotiation" (30 days, median) — prepare the team\'s answer to "Price" ' +
        'and agree a next step for every deal waiting in "Negotiation".',
    );
  });

  it('says it in Polish', () => {
    const report = audit({ deals: [...closed, ...open] }, {}, { lang: 'pl', locale: 'pl-PL' });
    expect(metricOf(report, 'conversations.winRate').note).toBe(
      'Wygrywasz 20% zamkniętych transakcji (2 z 10); najczęstszy powód przegranej to „Price” (5 z 8 przegranych); ' +
        'otwarte transakcje najdłużej czekają na etapie „Negotiation” (mediana 30 dni) — przygotuj z zespołem ' +
        'odpowiedź na „Price” i ustal następny krok dla każdej transakcji na etapie „Negotiation”.',
    );
  });

  it('names only what the data has, and keeps the generic advice when it has neither', () => {
    const noReasons = audit({ deals: [...closed, ...open], missing: { deals: ['lostReason'] } });
    expect(metricOf(noReasons, 'conversations.winRate').note).toBe(
      '20% of closed deals are won (2 of 10); open deals wait longest in "Negotiation" (30 days, median) — ' +
        'agree a next step for every deal waiting in "Negotiation", where open deals wait longest.',
    );
    const noOpen = audit({ deals: closed });
    expect(metricOf(noOpen, 'conversations.winRate').note).toBe(
      '20% of closed deals are won (2 of 10); the most common lost reason is "Price" (5 of 8 lost deals) — ' +
        'prepare the team\'s answer to "Price", the most common lost reason.',
    );
    const blankReasons = audit({ deals: [...many(2, { outcome: 'won' }), ...many(8, { outcome: 'lost' })] });
    expect(metricOf(blankReasons, 'conversations.winRate').note).toBe(
      '20% of closed deals are won (2 of 10) — review why deals are lost and practise the most common objections with the team.',
    );
  });
});
