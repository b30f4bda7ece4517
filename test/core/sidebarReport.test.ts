// What the sidebar is handed: lists capped on the server so one call stays far below 200 KB (SPEC §6).
import { SIDEBAR_MOVEMENT_LIMIT, sidebarReport } from '../../src/core/sidebarReport';
import type { Movement } from '../../src/core/types';
import { fullReport } from './plan/fixtures';

describe('sidebarReport', () => {
  it('cuts the movement lists to their first entries and keeps every movement count', () => {
    const deals = Array.from({ length: 15 }, (_, i) => ({ key: `d${i}`, stage: 'Proposal', value: i }));
    const movement = {
      since: '2026-10-27T09:00:00.000Z',
      compared: 40,
      stuck: 15,
      slipped: 15,
      transitions: Array.from({ length: 15 }, (_, i) => ({ from: `S${i}`, to: `T${i}`, deals: 1 })),
      slippedDeals: deals,
      stuckDeals: deals,
    } as unknown as Movement;
    const shown = sidebarReport({ ...fullReport(), movement }).movement!;
    expect(SIDEBAR_MOVEMENT_LIMIT).toBe(10);
    expect(shown.transitions.map((t) => t.from)).toEqual(
      movement.transitions.slice(0, 10).map((t) => t.from),
    );
    expect(shown.slippedDeals).toHaveLength(10);
    expect(shown.stuckDeals).toHaveLength(10);
    expect([shown.compared, shown.stuck, shown.slipped]).toEqual([40, 15, 15]);
  });

  it('leaves a first audit without movement as it is', () => {
    expect(sidebarReport({ ...fullReport(), movement: null }).movement).toBeNull();
  });
});
