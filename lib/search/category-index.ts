// The category tree as search needs it, computed from the whole (small) Category table: which
// categories are off limits (prohibited, or under a prohibited parent at any depth), the
// top-level ancestor of each (for the facet) and the subtree of a chosen category (for the filter).
export type CategoryRow = {
  id: string;
  slug: string;
  parentId: string | null;
  prohibited: boolean;
  names: unknown;
  position: number;
};

export type CategoryIndex = {
  /** every category, as read */
  rows: CategoryRow[];
  /** ids whose products are never shown */
  blockedIds: string[];
  /** the top-level category of every category */
  rootOf: Map<string, CategoryRow>;
  /** the category with this slug and everything below it; empty when no such (allowed) category */
  subtreeOf: (slug: string) => string[];
};

export function buildCategoryIndex(rows: CategoryRow[]): CategoryIndex {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ancestry = (row: CategoryRow): CategoryRow[] => {
    const chain = [row];
    const seen = new Set([row.id]);
    let current = row;
    while (current.parentId && byId.has(current.parentId) && !seen.has(current.parentId)) {
      current = byId.get(current.parentId)!;
      seen.add(current.id);
      chain.push(current);
    }
    return chain;
  };
  const blocked = new Set<string>();
  const rootOf = new Map<string, CategoryRow>();
  for (const row of rows) {
    const chain = ancestry(row);
    if (chain.some((link) => link.prohibited)) blocked.add(row.id);
    rootOf.set(row.id, chain[chain.length - 1]);
  }
  const children = new Map<string, string[]>();
  for (const row of rows) if (row.parentId) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row.id]);
  return {
    rows,
    blockedIds: [...blocked],
    rootOf,
    subtreeOf(slug) {
      const start = rows.find((row) => row.slug === slug);
      if (!start || blocked.has(start.id)) return [];
      const ids: string[] = [];
      const queue = [start.id];
      while (queue.length > 0) {
        const id = queue.shift()!;
        if (ids.includes(id)) continue;
        ids.push(id);
        queue.push(...(children.get(id) ?? []));
      }
      return ids;
    },
  };
}
