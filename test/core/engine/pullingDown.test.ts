import { pullingDown } from '../../../src/core/engine/pullingDown';
import type { AreaResult, ChannelRow, MetricResult, QuestionResult } from '../../../src/core/types';
import { fullReport } from '../plan/fixtures';

const metric = (id: string, rating: MetricResult['rating']): MetricResult => ({
  id,
  value: 1,
  unit: 'ratio',
  rating,
  target: null,
  sample: 10,
  note: null,
});
const question = (id: string, answer: QuestionResult['answer'], rating: QuestionResult['rating']) => ({
  id,
  text: id,
  answer,
  note: '',
  rating,
});
const area = (parts: Partial<AreaResult>): AreaResult => ({
  id: 'acquisition',
  score: 75,
  rating: 'green',
  metrics: [],
  questions: [],
  tables: [],
  attention: [],
  ...parts,
});

describe('pullingDown', () => {
  const report = fullReport();

  it('names the first item of the attention list', () => {
    expect(report.areas.map((item) => pullingDown(item, report.channels))).toEqual([
      { kind: 'channel', subject: 'Cold calls' },
      { kind: 'owner', subject: 'Piotr' },
      // After-sales: nothing on the list, and nothing rated below green.
      null,
      null,
    ]);
  });

  it('else names the lowest-scoring item below 100: an amber metric before a channel table at 62.5', () => {
    const channels: ChannelRow[] = report.channels.filter((row) => row.verdict !== 'drop');
    const tables: AreaResult['tables'] = [{ id: 'channels', points: 62.5, rating: 'amber' }];
    expect(
      pullingDown(
        area({ metrics: [metric('m.green', 'green'), metric('m.amber', 'amber')], tables }),
        channels,
      ),
    ).toEqual({ kind: 'metric', subject: 'm.amber' });
    // Without the amber metric: the busiest channel to modify (Trade fairs, 40 leads).
    expect(pullingDown(area({ metrics: [metric('m.green', 'green')], tables }), channels)).toEqual({
      kind: 'channel',
      subject: 'Trade fairs',
    });
  });

  it('takes a question answered Partly when it is the only thing below green', () => {
    expect(
      pullingDown(
        area({
          metrics: [metric('m.green', 'green'), metric('m.grey', 'insufficient')],
          questions: [question('q.a', 'yes', 'green'), question('q.b', 'partly', 'amber')],
        }),
        [],
      ),
    ).toEqual({ kind: 'question', subject: 'q.b' });
  });

  it('is null for an area with everything green or nothing rated', () => {
    expect(pullingDown(area({ metrics: [metric('m.green', 'green')] }), report.channels)).toBeNull();
    expect(pullingDown(area({ score: null, rating: 'nodata' }), report.channels)).toBeNull();
  });
});
