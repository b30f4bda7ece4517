// Bounded lists for the audit tab: the plan stays small and is built in linear time whatever the data size.

/**
 * The `limit` items with the highest `score`, highest first; ties keep input order.
 * O(n × limit): linear for the small fixed limits of the audit tab, with no sort of the whole list.
 */
export function topBy<T>(items: readonly T[], limit: number, score: (item: T) => number): T[] {
  const top: { item: T; score: number }[] = [];
  if (limit <= 0) return [];
  for (const item of items) {
    const value = score(item);
    if (top.length === limit && !(value > top[top.length - 1].score)) continue;
    let index = top.length;
    while (index > 0 && value > top[index - 1].score) index--;
    top.splice(index, 0, { item, score: value });
    if (top.length > limit) top.pop();
  }
  return top.map((entry) => entry.item);
}
