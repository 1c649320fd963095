import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { Prisma, ProductStatus } from "@/lib/generated/prisma/client";
import { parseId } from "@/lib/parse-id";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { categoryName } from "../category-name";
import { cleanText } from "@/lib/text/clean-text";

export const PRODUCT_LIST_PAGE_SIZE = 25;
/** "Low stock": tracked and at most this many left (but not zero). */
export const LOW_STOCK_THRESHOLD = 5;

export const PRODUCT_LIST_STATUSES = ["current", "DRAFT", "ACTIVE", "ARCHIVED", "all"] as const;
export const PRODUCT_LIST_STOCK_FILTERS = ["any", "inStock", "outOfStock", "notTracked", "low"] as const;
export const PRODUCT_LIST_SORTS = ["newest", "oldest", "titleAsc", "priceAsc", "priceDesc", "stockAsc"] as const;

export type ProductListStatusFilter = (typeof PRODUCT_LIST_STATUSES)[number];
export type ProductListStockFilter = (typeof PRODUCT_LIST_STOCK_FILTERS)[number];
export type ProductListSort = (typeof PRODUCT_LIST_SORTS)[number];

/** Unknown or missing values fall back to the default: a query string is typed by anyone. */
const withDefault = <T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z.preprocess(
    (value) => (typeof value === "string" && (values as readonly string[]).includes(value) ? value : fallback),
    z.enum(values),
  );

export const productListQuerySchema = z.object({
  // NUL bytes never reach PostgreSQL (lib/text/clean-text.ts).
  q: z.preprocess((value) => cleanText(value, 100).trim(), z.string()),
  status: withDefault(PRODUCT_LIST_STATUSES, "current"),
  stock: withDefault(PRODUCT_LIST_STOCK_FILTERS, "any"),
  category: z.preprocess(parseId, z.string().nullable()),
  sort: withDefault(PRODUCT_LIST_SORTS, "newest"),
  page: z.preprocess((value) => {
    const page = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 1;
    return page >= 1 ? page : 1;
  }, z.number().int()),
});

export type ProductListQuery = z.output<typeof productListQuerySchema>;

export type ProductListRow = {
  id: string;
  title: string;
  sku: string | null;
  thumbnailUrl: string | null;
  priceAmount: number;
  currency: string;
  estimatedPrice: boolean;
  stockTracked: boolean;
  stock: number;
  status: ProductStatus;
  categoryName: string | null;
  moderationReason: string | null;
  updatedAt: Date;
};

export type ProductListPage = {
  rows: ProductListRow[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  shopHasProducts: boolean;
};

const STOCK_WHERE: Record<ProductListStockFilter, Prisma.ProductWhereInput> = {
  any: {},
  inStock: { OR: [{ stockTracked: false }, { stock: { gt: 0 } }] },
  outOfStock: { stockTracked: true, stock: { lte: 0 } },
  notTracked: { stockTracked: false },
  low: { stockTracked: true, stock: { gt: 0, lte: LOW_STOCK_THRESHOLD } },
};

const STATUS_WHERE: Record<ProductListStatusFilter, Prisma.ProductWhereInput> = {
  current: { status: { not: "ARCHIVED" } },
  DRAFT: { status: "DRAFT" },
  ACTIVE: { status: "ACTIVE" },
  ARCHIVED: { status: "ARCHIVED" },
  all: {},
};

// The id breaks ties so pages never repeat or skip a product.
const ORDER_BY: Record<ProductListSort, Prisma.ProductOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  oldest: [{ createdAt: "asc" }, { id: "asc" }],
  titleAsc: [{ title: "asc" }, { id: "asc" }], // replaced by a collated sort below
  priceAsc: [{ priceAmount: "asc" }, { id: "asc" }],
  priceDesc: [{ priceAmount: "desc" }, { id: "asc" }],
  stockAsc: [{ stockTracked: "desc" }, { stock: "asc" }, { id: "asc" }],
};

const ROW_SELECT = {
  id: true,
  title: true,
  sku: true,
  priceAmount: true,
  currency: true,
  estimatedPrice: true,
  stockTracked: true,
  stock: true,
  status: true,
  moderationReason: true,
  updatedAt: true,
  category: { select: { names: true } },
  images: { select: { url: true }, orderBy: [{ position: "asc" }, { id: "asc" }], take: 1 },
} satisfies Prisma.ProductSelect;

/**
 * One page of the current shop's products for its vendor: searched (title or SKU), filtered,
 * sorted, 25 a page with the total. The shop must be the actor's (NOT_FOUND otherwise).
 */
export async function listMyProducts(
  actor: Actor | null,
  shopId: string,
  // The page's URL search parameters as Next.js gives them: untyped, parsed with the list's schema.
  rawQuery: unknown,
  locale: string,
): Promise<ProductListPage> {
  const db = getDb();
  const shop = await getOwnedShopOrThrow(db, actor, shopId, { id: true });
  const query = productListQuerySchema.parse(rawQuery ?? {});
  const where: Prisma.ProductWhereInput = {
    shopId: shop.id,
    shop: { ownerId: actor!.id },
    AND: [
      STATUS_WHERE[query.status],
      STOCK_WHERE[query.stock],
      query.category ? { categoryId: query.category } : {},
      query.q
        ? {
            OR: [
              { title: { contains: query.q, mode: "insensitive" } },
              { sku: { contains: query.q, mode: "insensitive" } },
            ],
          }
        : {},
    ],
  };
  const [total, shopProducts] = await Promise.all([
    db.product.count({ where }),
    db.product.count({ where: { shopId: shop.id }, take: 1 }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / PRODUCT_LIST_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const skip = (page - 1) * PRODUCT_LIST_PAGE_SIZE;
  const rows =
    query.sort === "titleAsc"
      ? await pageByTitle(where, skip, locale)
      : await db.product.findMany({
          where,
          select: ROW_SELECT,
          orderBy: ORDER_BY[query.sort],
          skip,
          take: PRODUCT_LIST_PAGE_SIZE,
        });
  return {
    rows: rows.map(({ category, images, ...row }) => ({
      ...row,
      categoryName: category ? categoryName(category.names, locale) : null,
      thumbnailUrl: images[0]?.url ?? null,
    })),
    total,
    page,
    pageCount,
    pageSize: PRODUCT_LIST_PAGE_SIZE,
    shopHasProducts: shopProducts > 0,
  };
}

/**
 * A–Z as people read it ("abricot" before "Banane", "Éclair" among the E), which the database's
 * byte-order collation does not give: order the matching ids by title with Intl.Collator, then
 * read the one page. Only ids and titles of the matches are read (a few hundred KB at 10,000).
 */
async function pageByTitle(where: Prisma.ProductWhereInput, skip: number, locale: string) {
  const db = getDb();
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const all = await db.product.findMany({ where, select: { id: true, title: true } });
  all.sort((a, b) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
  const pageIds = all.slice(skip, skip + PRODUCT_LIST_PAGE_SIZE).map((product) => product.id);
  const rows = await db.product.findMany({ where: { ...where, id: { in: pageIds } }, select: ROW_SELECT });
  const position = new Map(pageIds.map((id, index) => [id, index]));
  return rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}
