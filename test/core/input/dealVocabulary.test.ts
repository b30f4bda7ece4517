import { classifyDealType, classifyStage } from '../../../src/core/input/dealVocabulary';

describe('classifyStage', () => {
  it.each([
    ['Won', 'won'],
    ['Closed Won', 'won'],
    ['closedwon', 'won'],
    ['Closed won (Sales Pipeline)', 'won'],
    ['#09 WON', 'won'],
    ['Wygrana', 'won'],
    ['Zamknięta wygrana', 'won'],
    ['Sprzedane', 'won'],
    ['Zrealizowane', 'won'],
    ['Lost', 'lost'],
    ['Closed Lost', 'lost'],
    ['Closed-Lost to Competition', 'lost'],
    ['Przegrana', 'lost'],
    ['Utracona', 'lost'],
    ['Odrzucone', 'lost'],
    ['Negotiation/Review', 'open'],
    ['Oferta wysłana', 'open'],
    ['Closed', 'open'],
    ['Wonderful prospect', 'open'],
  ])('reads %j as %s', (stage, outcome) => {
    expect(classifyStage(stage, {})).toBe(outcome);
  });

  it('lets the settings override a stage, by its normalized name', () => {
    expect(classifyStage('Podpisana umowa', { 'podpisana umowa': 'won' })).toBe('won');
    expect(classifyStage('  PODPISANA   umowa ', { 'podpisana umowa': 'won' })).toBe('won');
    expect(classifyStage('Won', { won: 'open' })).toBe('open');
  });

  it('reads a stage name of 50,000 brackets as open', () => {
    expect(classifyStage('('.repeat(50_000), {})).toBe('open');
    expect(classifyStage('Won ' + '(x'.repeat(25_000), {})).toBe('won');
  });
});

describe('classifyDealType', () => {
  it.each([
    ['New', 'new'],
    ['New Business', 'new'],
    ['Nowy', 'new'],
    ['Nowy klient', 'new'],
    ['Up-sell', 'upsell'],
    ['Upsell', 'upsell'],
    ['Existing Customer - Upgrade', 'upsell'],
    ['Cross-sell', 'crosssell'],
    ['cross sell', 'crosssell'],
    ['Renewal', 'renewal'],
    ['Odnowienie', 'renewal'],
    ['Existing Business', 'existing'],
    ['Existing Customer - Replacement', 'existing'],
    ['Istniejący klient', 'existing'],
  ])('reads %j as %s', (text, type) => {
    expect(classifyDealType(text)).toBe(type);
  });

  it('returns null for a type it does not know', () => {
    expect(classifyDealType('Partnership')).toBeNull();
  });
});
