// SPEC §1.7 `expectedClose`: one Close Date column serves both meanings CRM exports give it.
import { isoToDay } from '../../../src/core/days';
import { parseInput, type ParseOptions } from '../../../src/core/input/parseInput';
import type { Grid } from '../../../src/core/types';

const options: ParseOptions = {
  lang: 'en',
  locale: 'en-US',
  timeZone: 'UTC',
  today: isoToDay('2024-04-15')!,
  mapping: { deals: {}, channels: {}, customers: {} },
  stageOutcomes: {},
};
const day = (iso: string) => isoToDay(iso)!;
const parse = (values: Grid) =>
  parseInput({ deals: { name: 'Deals', values }, channels: null, customers: null }, options);

describe('expected close date', () => {
  it("reads HubSpot's Close Date as the closed date of a won or lost deal and the expected one of an open deal", () => {
    const parsed = parse([
      ['Deal Name', 'Create Date', 'Deal Stage', 'Close Date'],
      ['Won one', '2024-03-01', 'Closed won', '2024-03-20'],
      ['Lost one', '2024-03-01', 'Closed lost', '2024-04-02'],
      ['Open one', '2024-03-01', 'Contract sent', '2024-05-31'],
      ['Open, no date', '2024-03-01', 'Contract sent', ''],
    ]);
    expect(parsed.issues).toEqual([]);
    expect(parsed.deals.map((deal) => [deal.closed, deal.expectedClose])).toEqual([
      [day('2024-03-20'), null],
      [day('2024-04-02'), null],
      // A future date is fine here: an open deal's close date is when it is expected to close.
      [day('2024-05-31'), day('2024-05-31')],
      [null, null],
    ]);
  });

  it('prefers a column of its own (Expected close date, Planowana data zamknięcia) to the close date', () => {
    const en = parse([
      ['Created', 'Stage', 'Close Date', 'Expected close date'],
      ['2024-03-01', 'Proposal', '2024-04-30', '2024-06-15'],
      ['2024-03-01', 'Won', '2024-04-01', '2024-03-31'],
    ]);
    expect(en.input.deals.mapping).toMatchObject({
      closed: 'Close Date',
      expectedClose: 'Expected close date',
    });
    expect(en.deals.map((deal) => deal.expectedClose)).toEqual([day('2024-06-15'), null]);

    const pl = parse([
      ['Data utworzenia', 'Etap', 'Planowana data zamknięcia'],
      ['2024-03-01', 'Oferta', '2024-06-15'],
      ['2024-03-01', 'Oferta', ''],
    ]);
    expect(pl.input.deals.mapping).toMatchObject({
      closed: null,
      expectedClose: 'Planowana data zamknięcia',
    });
    expect(pl.deals.map((deal) => deal.expectedClose)).toEqual([day('2024-06-15'), null]);
  });
});
