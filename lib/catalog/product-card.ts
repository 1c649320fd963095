import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What a product card shows, and nothing more. */
export type ProductCard = {
  id: string;
  slug: string;
  title: string;
  priceAmount: number;
  currency: string;
  estimatedPrice: boolean;
  priceUnit: string | null;
  inStock: boolean;
  image: { url: string; alt: string } | null;
  /** premium: the shop's plan is premium (a badge; docs/business-models.md, premium plans) */
  shop: { slug: string; name: string; premium: boolean };
};

export const PRODUCT_CARD_SELECT = {
  id: true,
  slug: true,
  title: true,
  priceAmount: true,
  currency: true,
  estimatedPrice: true,
  priceUnit: true,
  stockTracked: true,
  stock: true,
  images: { select: { url: true, alt: true }, orderBy: { position: "asc" }, take: 1 },
  shop: { select: { slug: true, name: true, plan: { select: { premium: true } } } },
} satisfies Prisma.ProductSelect;

type ProductCardRow = Prisma.ProductGetPayload<{ select: typeof PRODUCT_CARD_SELECT }>;

export function toProductCard({ stockTracked, stock, images, shop, ...row }: ProductCardRow): ProductCard {
  return {
    ...row,
    inStock: !stockTracked || stock > 0,
    image: images[0] ?? null,
    shop: { slug: shop.slug, name: shop.name, premium: shop.plan?.premium ?? false },
  };
}

const PROHIBITED = { prohibited: true } as const;

/**
 * Visible to shoppers: online, in an approved shop, not hidden because it ran out, and not in a
 * prohibited category (nor under a prohibited parent, up to four levels; prohibiting a category
 * also unlists its products, this is the second line of defence).
 */
export const VISIBLE_PRODUCT_WHERE = {
  status: "ACTIVE",
  shop: { status: "APPROVED" },
  NOT: [
    { hideWhenOutOfStock: true, stockTracked: true, stock: { lte: 0 } },
    { category: { is: PROHIBITED } },
    { category: { is: { parent: { is: PROHIBITED } } } },
    { category: { is: { parent: { is: { parent: { is: PROHIBITED } } } } } },
    { category: { is: { parent: { is: { parent: { is: { parent: { is: PROHIBITED } } } } } } } },
  ],
} satisfies Prisma.ProductWhereInput;
