import "server-only";
import { getDb } from "@/lib/db";
import { categoryName } from "./category-name";

export type PublicCategory = {
  id: string;
  slug: string;
  name: string;
  /** root first, without the category itself */
  ancestors: { slug: string; name: string }[];
  /** direct subcategories a shopper may browse */
  children: { slug: string; name: string }[];
};

/** A category a shopper may browse: null when unknown or prohibited (itself or an ancestor). */
export async function getCategoryBySlug(slug: string, locale: string): Promise<PublicCategory | null> {
  if (typeof slug !== "string" || slug.length === 0 || slug.length > 200) return null;
  const db = getDb();
  const category = await db.category.findUnique({
    where: { slug },
    select: { id: true, slug: true, names: true, prohibited: true, parentId: true },
  });
  if (!category || category.prohibited) return null;

  const ancestors: { slug: string; name: string }[] = [];
  let parentId = category.parentId;
  // The tree is shallow (four levels); the bound stops a corrupted cycle.
  for (let depth = 0; parentId && depth < 10; depth++) {
    const parent = await db.category.findUnique({
      where: { id: parentId },
      select: { slug: true, names: true, prohibited: true, parentId: true },
    });
    if (!parent) break;
    if (parent.prohibited) return null;
    ancestors.unshift({ slug: parent.slug, name: categoryName(parent.names, locale) ?? parent.slug });
    parentId = parent.parentId;
  }

  const children = await db.category.findMany({
    where: { parentId: category.id, prohibited: false },
    select: { slug: true, names: true },
    orderBy: [{ position: "asc" }, { slug: "asc" }],
  });
  return {
    id: category.id,
    slug: category.slug,
    name: categoryName(category.names, locale) ?? category.slug,
    ancestors,
    children: children.map((child) => ({ slug: child.slug, name: categoryName(child.names, locale) ?? child.slug })),
  };
}
