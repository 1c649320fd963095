import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { categoryName } from "./category-name";
import { subtreeIds } from "./category-tree";

export type OperatorCategory = {
  id: string;
  slug: string;
  name: string;
  depth: number;
  prohibited: boolean;
  /** prohibited because an ancestor is */
  prohibitedByAncestor: boolean;
  /** online products in this category and below: unlisted if it gets prohibited */
  activeProducts: number;
};

/** The whole category tree in display order (each parent followed by its children). */
export async function listCategoriesForOperator(actor: Actor | null, locale: string): Promise<OperatorCategory[]> {
  assertRole(actor, "OPERATOR");
  const db = getDb();
  const [categories, counts] = await Promise.all([
    db.category.findMany({
      select: { id: true, slug: true, names: true, parentId: true, prohibited: true },
      orderBy: [{ position: "asc" }, { slug: "asc" }],
    }),
    db.product.groupBy({
      by: ["categoryId"],
      where: { status: "ACTIVE", categoryId: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const activeIn = new Map(counts.map((row) => [row.categoryId, row._count._all]));
  const byParent = new Map<string | null, typeof categories>();
  for (const category of categories)
    byParent.set(category.parentId, [...(byParent.get(category.parentId) ?? []), category]);

  const result: OperatorCategory[] = [];
  const visit = (parentId: string | null, depth: number, ancestorProhibited: boolean) => {
    for (const category of byParent.get(parentId) ?? []) {
      const activeProducts = subtreeIds(categories, category.id).reduce((sum, id) => sum + (activeIn.get(id) ?? 0), 0);
      result.push({
        id: category.id,
        slug: category.slug,
        name: categoryName(category.names, locale) ?? category.slug,
        depth,
        prohibited: category.prohibited,
        prohibitedByAncestor: ancestorProhibited,
        activeProducts,
      });
      if (depth < 16) visit(category.id, depth + 1, ancestorProhibited || category.prohibited);
    }
  };
  visit(null, 0, false);
  return result;
}
