import { generateSalesData } from '../../../src/core/sample/generator';
import { createRandom } from '../../../src/core/sample/random';
import type { Cell } from '../../../src/core/types';

const TODAY = '2026-11-27';
const TODAY_END = Date.UTC(2026, 10, 27, 23, 59, 59);

function column(rows: Cell[][], header: string): Cell[] {
  const index = rows[0].indexOf(header);
  expect(index).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((row) => row[index]);
}

describe('createRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const first = createRandom(42);
    const second = createRandom(42);
    const other = createRandom(43);
    const a = [first.next(), first.next(), first.next()];
    expect([second.next(), second.next(), second.next()]).toEqual(a);
    expect(other.next()).not.toBe(a[0]);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('draws whole numbers within bounds and by weight', () => {
    const random = createRandom(1);
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) {
      const n = random.int(2, 4);
      expect(Number.isInteger(n) && n >= 2 && n <= 4).toBe(true);
      counts[random.weighted([0, 1, 3])]++;
    }
    expect(counts[0]).toBe(0);
    expect(counts[2] / counts[1]).toBeGreaterThan(2.5);
    expect(counts[2] / counts[1]).toBeLessThan(3.5);
  });
});

describe('generateSalesData', () => {
  it('is deterministic for a seed', () => {
    const a = generateSalesData({ seed: 5, deals: 300, today: TODAY });
    const b = generateSalesData({ seed: 5, deals: 300, today: TODAY });
    const c = generateSalesData({ seed: 6, deals: 300, today: TODAY });
    expect(b).toEqual(a);
    expect(c.deals.values).not.toEqual(a.deals.values);
  });

  it('produces the requested counts with the EN headers of SPEC §3', () => {
    const data = generateSalesData({ seed: 1, deals: 500, customers: 80, months: 12, today: TODAY });
    expect(data.deals.name).toBe('Deals');
    expect(data.channels.name).toBe('Channels');
    expect(data.customers.name).toBe('Customers');
    expect(data.deals.values[0]).toEqual([
      'Deal ID',
      'Name',
      'Created',
      'Stage',
      'Value',
      'Channel',
      'Closed',
      'Expected close',
      'Customer',
      'Owner',
      'Conversations',
      'Type',
      'Delivered',
      'Follow-up',
      'Lost reason',
    ]);
    expect(data.channels.values[0]).toEqual(['Channel', 'Month', 'Cost']);
    expect(data.customers.values[0]).toEqual([
      'Customer',
      'Status',
      'Last contact',
      'CSAT',
      'NPS',
      'Account manager',
      'Support plan',
    ]);
    expect(data.deals.values).toHaveLength(501);
    expect(data.customers.values).toHaveLength(81);
    // 6 channels × the 13 calendar months from 2025-11 to 2026-11.
    expect(data.channels.values).toHaveLength(1 + 6 * 13);
    expect(new Set(column(data.deals.values, 'Customer')).size).toBe(80);
  });

  it('defaults to 20 % customers, 6 named channels and 18 months', () => {
    const data = generateSalesData({ seed: 2, deals: 1000, today: TODAY });
    expect(data.customers.values).toHaveLength(201);
    expect(new Set(column(data.channels.values, 'Channel'))).toEqual(
      new Set(['Website', 'Google Ads', 'Referrals', 'Trade fairs', 'LinkedIn', 'Cold calling']),
    );
    const created = column(data.deals.values, 'Created') as Date[];
    const earliest = Math.min(...created.map((date) => date.getTime()));
    expect(earliest).toBeGreaterThanOrEqual(Date.UTC(2025, 4, 27, 12));
  });

  it('names channels beyond the sixth "Partner n"', () => {
    const data = generateSalesData({ seed: 3, deals: 400, channels: 8, today: TODAY });
    const names = new Set(column(data.channels.values, 'Channel'));
    expect(names.size).toBe(8);
    expect(names.has('Partner 7')).toBe(true);
    expect(names.has('Partner 8')).toBe(true);
  });

  it('writes typed cells: dates at noon UTC never after today, numbers as numbers, stages of the three kinds', () => {
    const rows = generateSalesData({ seed: 4, deals: 2000, today: TODAY }).deals.values;
    for (const header of ['Created', 'Closed', 'Delivered', 'Follow-up']) {
      const dates = column(rows, header).filter((cell) => cell !== null);
      expect(dates.length).toBeGreaterThan(0);
      const wrong = dates.filter(
        (cell) => !(cell instanceof Date) || cell.getUTCHours() !== 12 || cell.getTime() > TODAY_END,
      );
      expect(wrong).toEqual([]);
    }
    const values = column(rows, 'Value');
    expect(values.every((v) => typeof v === 'number' && v > 0)).toBe(true);
    const conversations = column(rows, 'Conversations') as number[];
    expect(Math.min(...conversations)).toBe(1);
    expect(Math.max(...conversations)).toBe(12);
    expect(new Set(column(rows, 'Stage'))).toEqual(
      // One stale deal's stage carries a typing slip, for the audit to report (suspect_stage).
      new Set(['Won', 'Lost', 'Qualified', 'Proposal', 'Negotiation', 'Clsoed Won']),
    );
    expect(new Set(column(rows, 'Type'))).toEqual(new Set(['New', 'Up-sell', 'Cross-sell']));
    expect(new Set(column(rows, 'Owner')).size).toBe(5);
    const created = column(rows, 'Created') as Date[];
    const closed = column(rows, 'Closed');
    const closedBeforeCreated = closed.filter(
      (cell, i) => cell !== null && (cell as Date).getTime() <= created[i].getTime(),
    );
    expect(closedBeforeCreated).toEqual([]);
  });

  it('shapes the channels: cold calling converts worst, trade fairs cost most per lead', () => {
    const data = generateSalesData({ seed: 9, deals: 5000, today: TODAY });
    const stages = column(data.deals.values, 'Stage');
    const channels = column(data.deals.values, 'Channel') as string[];
    const leads = new Map<string, number>();
    const wins = new Map<string, number>();
    channels.forEach((channel, i) => {
      leads.set(channel, (leads.get(channel) ?? 0) + 1);
      if (stages[i] === 'Won') wins.set(channel, (wins.get(channel) ?? 0) + 1);
    });
    const cost = new Map<string, number>();
    for (const row of data.channels.values.slice(1)) {
      cost.set(row[0] as string, (cost.get(row[0] as string) ?? 0) + (row[2] as number));
    }
    const conversion = (channel: string) => (wins.get(channel) ?? 0) / leads.get(channel)!;
    const costPerLead = (channel: string) => cost.get(channel)! / leads.get(channel)!;
    const others = [...leads.keys()].filter((channel) => channel !== 'Cold calling');
    expect(others.every((channel) => conversion(channel) > conversion('Cold calling'))).toBe(true);
    expect(
      others.every(
        (channel) => channel === 'Trade fairs' || costPerLead(channel) < costPerLead('Trade fairs'),
      ),
    ).toBe(true);
    expect(conversion('Trade fairs')).toBeGreaterThan(conversion('Website'));
  });

  it('fills customers with statuses, some blank scores and mostly a first line of contact', () => {
    const rows = generateSalesData({ seed: 8, deals: 3000, today: TODAY }).customers.values;
    expect(new Set(column(rows, 'Status'))).toEqual(
      new Set(['Key', 'Active', 'New', 'At risk', 'Dormant', 'Prospect']),
    );
    const csat = column(rows, 'CSAT');
    expect(csat.some((v) => v === null)).toBe(true);
    expect(
      csat
        .filter((v) => v !== null)
        .every((v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5),
    ).toBe(true);
    const nps = column(rows, 'NPS').filter((v) => v !== null) as number[];
    expect(Math.min(...nps)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...nps)).toBe(10);
    const firstLine = column(rows, 'Account manager');
    expect(firstLine.filter((v) => v !== null).length / firstLine.length).toBeGreaterThan(0.5);
  });

  it('writes Polish tab names, headers and values', () => {
    const data = generateSalesData({ seed: 1, deals: 800, lang: 'pl', today: TODAY });
    expect([data.deals.name, data.channels.name, data.customers.name]).toEqual([
      'Transakcje',
      'Kanały',
      'Klienci',
    ]);
    expect(data.deals.values[0]).toEqual([
      'ID transakcji',
      'Nazwa',
      'Data utworzenia',
      'Etap',
      'Wartość',
      'Kanał',
      'Data zamknięcia',
      'Planowana data zamknięcia',
      'Klient',
      'Handlowiec',
      'Liczba rozmów',
      'Typ',
      'Data dostawy',
      'Kontakt po dostawie',
      'Powód przegranej',
    ]);
    expect(data.channels.values[0]).toEqual(['Kanał', 'Miesiąc', 'Koszt']);
    expect(new Set(column(data.deals.values, 'Etap'))).toEqual(
      new Set(['Wygrana', 'Przegrana', 'Kwalifikacja', 'Oferta', 'Negocjacje', 'Wygrna']),
    );
    expect(new Set(column(data.customers.values, 'Status')).has('Kluczowy')).toBe(true);
  });

  it('rejects a today that is not an ISO date', () => {
    expect(() => generateSalesData({ deals: 10, today: '27.11.2026' })).toThrow('YYYY-MM-DD');
  });
});
