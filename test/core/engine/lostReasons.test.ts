import { lostReasonLabel, lostReasons } from '../../../src/core/engine/lostReasons';
import { audit, d, deal, many } from './fixtures';

const lost = (lostReason: string | null, value: number | null = null, created = d('2026-05-01')) =>
  deal({ outcome: 'lost', lostReason, value, created });

describe('lost reasons (SPEC §1.7)', () => {
  it('groups reasons trimmed and case-insensitively, shown as first written, blanks last', () => {
    const rows = lostReasons([
      lost('  Price too high ', 1000),
      lost('price TOO high', 500),
      lost('PRICE too  high', null),
      lost('Chose a competitor', 4000),
      lost(null, 200),
      lost('   ', 300),
      lost('Timing', null),
      deal({ lostReason: 'Open deals have no reason' }),
      deal({ outcome: 'won', lostReason: 'Nor do won ones', value: 100 }),
    ]);
    // 7 lost deals
    expect(rows).toEqual([
      { reason: 'Price too high', deals: 3, share: 3 / 7, value: 1500 },
      { reason: 'Chose a competitor', deals: 1, share: 1 / 7, value: 4000 },
      // no deal with a value: unknown, not 0
      { reason: 'Timing', deals: 1, share: 1 / 7, value: null },
      { reason: '(no reason given)', deals: 2, share: 2 / 7, value: 500 },
    ]);
  });

  it('breaks ties by value, then by name', () => {
    const rows = lostReasons([lost('Beta', 100), lost('Alpha', 100), lost('Gamma', 300), lost('Delta')]);
    expect(rows.map((row) => row.reason)).toEqual(['Gamma', 'Alpha', 'Beta', 'Delta']);
  });

  it('shows the top ten and folds the rest into (other), before (no reason given)', () => {
    // Reason R1 lost 12 deals, R2 11, … R12 1 deal; value 10 per deal; plus 3 without a reason.
    const deals = [];
    for (let i = 1; i <= 12; i += 1)
      deals.push(...many(13 - i, { outcome: 'lost', lostReason: `R${i}`, value: 10 }));
    deals.push(...many(3, { outcome: 'lost', lostReason: '' }));
    const rows = lostReasons(deals);
    // 78 named + 3 = 81 lost deals
    expect(rows).toHaveLength(12);
    expect(rows.slice(0, 10).map((row) => row.reason)).toEqual([
      'R1',
      'R2',
      'R3',
      'R4',
      'R5',
      'R6',
      'R7',
      'R8',
      'R9',
      'R10',
    ]);
    // R11 (2 deals) + R12 (1 deal)
    expect(rows[10]).toEqual({ reason: '(other)', deals: 3, share: 3 / 81, value: 30 });
    expect(rows[11]).toEqual({ reason: '(no reason given)', deals: 3, share: 3 / 81, value: null });
  });

  it('folds into (other) from the eleventh reason on, not at ten', () => {
    const ten = Array.from({ length: 10 }, (_, i) => lost(`Reason ${i}`));
    expect(lostReasons(ten).map((row) => row.reason)).not.toContain('(other)');
    const eleven = [...ten, lost('Reason 10')];
    expect(lostReasons(eleven).at(-1)).toMatchObject({ reason: '(other)', deals: 1 });
  });

  it('is empty without lost deals', () => {
    expect(lostReasons([deal({}), deal({ outcome: 'won' })])).toEqual([]);
  });

  it('is null in the report without a lost-reason column, and counts lost deals created in the period', () => {
    const deals = [lost('Price', 100, d('2026-05-01')), lost('Price', 100, d('2025-01-01'))];
    expect(audit({ deals, missing: { deals: ['lostReason'] } }).lostReasons).toBeNull();
    expect(audit({ deals }, { period: { kind: 'last', months: 3 } }).lostReasons).toEqual([
      { reason: 'Price', deals: 1, share: 1, value: 100 },
    ]);
  });

  it('keeps stable tokens in the JSON and shows them in the audit language', () => {
    expect(lostReasonLabel('en', '(other)')).toBe('(other reasons)');
    expect(lostReasonLabel('pl', '(other)')).toBe('(inne powody)');
    expect(lostReasonLabel('pl', '(no reason given)')).toBe('(bez podanego powodu)');
    expect(lostReasonLabel('pl', 'Za drogo')).toBe('Za drogo');
  });
});
