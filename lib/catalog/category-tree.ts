// Pure helpers over the category tree (id → parentId), shared by the operator's list, the
// prohibition and the allowed-category check.
export type CategoryNode = { id: string; parentId: string | null };

/** The category and every category below it, however deep. */
export function subtreeIds(nodes: CategoryNode[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.parentId) children.set(node.parentId, [...(children.get(node.parentId) ?? []), node.id]);
  }
  const ids: string[] = [];
  const queue = [rootId];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    ids.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return ids;
}
