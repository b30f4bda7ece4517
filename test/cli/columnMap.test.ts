// --map field=Header: the runner's column overrides, with the same effect as the sidebar's mapping.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { buildCli, readReport, runCli } from './runCli';

const TODAY = '2026-11-27';
let dir: string;

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'spa-map-'));
  writeFileSync(
    join(dir, 'deals.csv'),
    [
      'When it came,Phase,Value',
      '2026-02-05,Won,1200',
      '2026-02-06,Lost,800',
      '2026-03-01,Proposal,500',
    ].join('\n'),
  );
});

test('parses repeatable --map options, inline or not', () => {
  const options = parseArgs(
    ['in.csv', '--map', 'created=When it came', '--map=customers.status=Tier'],
    TODAY,
  );
  expect(options.maps).toEqual([
    { field: 'created', header: 'When it came' },
    { field: 'customers.status', header: 'Tier' },
  ]);
  expect(() => parseArgs(['in.csv', '--map', 'created'], TODAY)).toThrow(
    expect.objectContaining({ key: 'cli.error.badMap', params: { value: 'created' } }),
  );
});

test('maps columns the synonyms do not know, so the audit runs', () => {
  const run = runCli(
    ['deals.csv', '--today', TODAY, '--map', 'created=When it came', '--map', 'stage=phase'],
    dir,
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const report = readReport(join(dir, 'out/deals-audit.json'));
  expect(report.input.deals.mapping.created).toBe('When it came');
  expect(report.input.deals.mapping.stage).toBe('Phase');
  expect(report.summary.wonDeals).toBe(1);
});

test('an unknown field lists the fields; an unknown header lists the tab’s columns', () => {
  const badField = runCli(['deals.csv', '--today', TODAY, '--map', 'created_at=When it came'], dir);
  expect(badField.status).toBe(2);
  expect(badField.stderr).toMatch(
    /^--map: there is no field "created_at"\. Fields: id, name, created, customer, /,
  );
  expect(badField.stderr).toContain('; channels.channel, channels.date, channels.cost; customers.customer,');
  const badHeader = runCli(['deals.csv', '--today', TODAY, '--map', 'created=Created on'], dir);
  expect(badHeader).toMatchObject({
    status: 2,
    stderr:
      '--map created: the deals tab has no column "Created on". Its columns: "When it came", "Phase", "Value".\n',
  });
});
