// The salespeople table of the audit tab: one row per owner, flagged rows in amber.
import { RATING_COLORS } from '../formats';
import { LIST_LIMITS, type AuditTab } from './layout';

export function salespeople(tab: AuditTab): void {
  const all = tab.report.owners;
  const first = tab.title('tab.owners.title');
  tab.headerRow([
    'tab.col.owner',
    'tab.col.deals',
    'tab.col.won',
    'tab.col.lost',
    'tab.col.winRate',
    'tab.col.avgDaysToWin',
    'tab.col.conversationsPerWin',
    'tab.col.avgDealValue',
    'tab.col.flags',
  ]);
  tab.list(
    all.slice(0, LIST_LIMITS.owners),
    all.length,
    (owner) => {
      const flagged = owner.flags.length > 0;
      return [
        { value: owner.owner, background: flagged ? RATING_COLORS.amber : null },
        tab.figure(owner.deals, 'count'),
        tab.figure(owner.won, 'count'),
        tab.figure(owner.lost, 'count'),
        tab.figure(owner.winRate, 'ratio'),
        tab.figure(owner.avgDaysToWin, 'days'),
        tab.figure(owner.conversationsPerWin, 'count'),
        tab.figure(owner.avgDealValue, 'currency'),
        {
          value: flagged ? owner.flags.join('; ') : null,
          background: flagged ? RATING_COLORS.amber : null,
        },
      ];
    },
    'tab.owners.empty',
  );
  tab.endBlock('owners', first);
}
