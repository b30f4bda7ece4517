import { dealKey, keyDeals } from '../../../src/core/movement/dealKey';
import { d, deal } from '../engine/fixtures';

describe('dealKey', () => {
  it('is the ID when the deal has one, compared without case', () => {
    expect(dealKey(deal({ id: 'HS-1001', name: 'Roof', customer: 'Acme' }))).toBe('id:hs-1001');
  });

  it('is name + customer + created date without an ID', () => {
    const named = deal({
      name: 'Roof repair',
      customer: 'Acme',
      customerKey: 'acme',
      created: d('2026-03-05'),
    });
    expect(dealKey(named)).toBe('deal:roof repair|acme|2026-03-05');
    expect(dealKey(deal({ customer: 'Acme', customerKey: 'acme', created: d('2026-03-05') }))).toBe(
      'deal:|acme|2026-03-05',
    );
  });

  it('is null with neither an ID nor a name or customer', () => {
    expect(dealKey(deal({ created: d('2026-03-05') }))).toBeNull();
  });
});

describe('keyDeals', () => {
  it('leaves out every deal of a key held twice, with a duplicate_deal_key issue for each repeat', () => {
    const first = deal({ id: 'D-7' });
    const second = deal({ id: 'd-7' });
    const other = deal({ id: 'D-8' });
    const keyed = keyDeals([first, second, other], { lang: 'en', tab: 'Deals', idColumn: 'Deal ID' });
    expect([...keyed.byKey.keys()]).toEqual(['id:d-8']);
    expect([...keyed.duplicateKeys]).toEqual(['id:d-7']);
    expect(keyed.issues).toEqual([
      {
        tab: 'Deals',
        row: second.row,
        column: 'Deal ID',
        code: 'duplicate_deal_key',
        message: `The deal "d-7" is also in row ${first.row}, so the next audit could not tell them apart. Neither row is in the movement between audits; give each deal its own ID.`,
      },
    ]);
  });

  it('counts the deals without a key in one issue, in the audit language', () => {
    const keyed = keyDeals([deal(), deal(), deal({ id: 'A' })], {
      lang: 'pl',
      tab: 'Transakcje',
      idColumn: null,
    });
    expect(keyed.unkeyed).toBe(2);
    expect(keyed.issues).toEqual([
      {
        tab: 'Transakcje',
        row: null,
        column: null,
        code: 'no_deal_key',
        message:
          '2 transakcje nie mają numeru, nazwy ani klienta, więc kolejny audyt ich nie odnajdzie: nie uwzględniono ich w zmianach między audytami. Dodaj kolumnę z numerem transakcji.',
      },
    ]);
  });
});
