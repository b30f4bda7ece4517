import { stageOrder } from '../../../src/core/engine/stageOrder';
import { stageNameKey } from '../../../src/core/input/dealVocabulary';

describe('stageOrder (SPEC §1.7)', () => {
  it('orders the input-tab template stages, English or Polish', () => {
    const order = stageOrder(['Negotiation', 'Qualified', 'Proposal'], []);
    expect(order).toMatchObject({
      source: 'template',
      ordered: ['Qualified', 'Proposal', 'Negotiation'],
      unordered: [],
    });
    expect(stageOrder(['Oferta', 'Negocjacje', 'Kwalifikacja'], []).ordered).toEqual([
      'Kwalifikacja',
      'Oferta',
      'Negocjacje',
    ]);
  });

  it('picks the list holding most of the open stages: HubSpot, Pipedrive, generic', () => {
    const hubspot = stageOrder(
      ['Contract sent', 'Appointment scheduled (Sales Pipeline)', 'Qualified to buy', 'Proposal'],
      [],
    );
    expect(hubspot.source).toBe('hubspot');
    expect(hubspot.ordered).toEqual([
      'Appointment scheduled (Sales Pipeline)',
      'Qualified to buy',
      'Contract sent',
    ]);
    expect(hubspot.unordered).toEqual(['Proposal']);

    const pipedrive = stageOrder(['Proposal Made', 'lead in', 'DEMO SCHEDULED'], []);
    expect(pipedrive).toMatchObject({
      source: 'pipedrive',
      ordered: ['lead in', 'DEMO SCHEDULED', 'Proposal Made'],
    });

    // Lead, Proposal, Negotiation: the template holds two, the generic list three.
    const generic = stageOrder(['Negotiation', 'Proposal', 'Lead', 'Meeting'], []);
    expect(generic).toMatchObject({
      source: 'generic',
      ordered: ['Lead', 'Meeting', 'Proposal', 'Negotiation'],
    });
  });

  it('breaks a tie by taking the first list: the template before the generic list', () => {
    // Proposal and Negotiation are on both lists; Demo on the generic one only, Qualified on the template only.
    const order = stageOrder(['Demo', 'Negotiation', 'Proposal', 'Qualified'], []);
    expect(order.source).toBe('template');
    expect(order.ordered).toEqual(['Qualified', 'Proposal', 'Negotiation']);
    expect(order.unordered).toEqual(['Demo']);
  });

  it('puts names on no list after, alphabetically, as unordered', () => {
    const order = stageOrder(['Zwiad', 'Proposal', 'Audyt', 'Qualified', 'bemo'], []);
    expect(order.ordered).toEqual(['Qualified', 'Proposal']);
    expect(order.unordered).toEqual(['Audyt', 'bemo', 'Zwiad']);
    expect(order.rank('Zwiad')).toBeNull();
  });

  it('leaves every stage unordered when no list holds any, and handles no open stages', () => {
    expect(stageOrder(['Beta', 'Alpha'], [])).toMatchObject({
      source: null,
      ordered: [],
      unordered: ['Alpha', 'Beta'],
    });
    expect(stageOrder([], [])).toMatchObject({ source: null, ordered: [], unordered: [] });
  });

  it("uses the settings' Stage order when filled, whatever the built-in lists say", () => {
    const order = stageOrder(
      ['Qualified', 'Proposal', 'Negotiation', 'Pilot'],
      ['negotiation', 'Pilot', 'Qualified'],
    );
    expect(order.source).toBe('settings');
    expect(order.ordered).toEqual(['Negotiation', 'Pilot', 'Qualified']);
    expect(order.unordered).toEqual(['Proposal']);
  });

  it('keeps the first place of a repeated settings name and ranks a name the data does not have', () => {
    const order = stageOrder(['Offer', 'Call'], ['Call', 'Visit', 'Offer', 'call']);
    expect(order.ordered).toEqual(['Call', 'Offer']);
    expect(order.rank('CALL')).toBe(0);
    // Not in today's data (e.g. a stage of last month's snapshot), still in its place.
    expect(order.rank('Visit')).toBe(1);
    expect(order.rank('Offer')).toBe(2);
  });

  it('gives the English and Polish names of one place the same rank', () => {
    const order = stageOrder(['Oferta'], []);
    expect(order.rank('Proposal')).toBe(order.rank('Oferta'));
    expect(order.rank('Kwalifikacja')).toBe(0);
  });

  it('compares names normalized: case, accents, punctuation, pipeline suffix and numbering', () => {
    expect(stageNameKey('  02 Decision-maker  bought-in (Sales Pipeline) ')).toBe('decision maker bought in');
    expect(stageNameKey('Negocjacje')).toBe(stageNameKey('NEGOCJACJE '));
    expect(stageNameKey('Spotkanie – umówione')).toBe('spotkanie umowione');
  });
});
