import "server-only";
import { getDb } from "@/lib/db";
import type { ProductKind } from "@/lib/generated/prisma/client";
import { readOpeningHours, type OpeningHours } from "@/lib/shops/opening-hours";
import type { ShopDeliveryOptions } from "@/lib/shops/get-approved-shop";
import { categoryName } from "./category-name";
import { VISIBLE_PRODUCT_WHERE } from "./product-card";
import { isCleanText } from "@/lib/text/clean-text";

export type StockState = "IN_STOCK" | "OUT_OF_STOCK" | "NOT_TRACKED";

export type PublicProductImage = {
  url: string;
  alt: string;
  width: number | null;
  height: number | null;
  variants: { width: number; url: string }[];
};

export type PublicCategoryLink = { slug: string; name: string };

export type PublicProduct = {
  id: string;
  slug: string;
  title: string;
  shortDescription: string;
  description: string;
  kind: ProductKind;
  priceAmount: number;
  compareAtAmount: number | null;
  currency: string;
  estimatedPrice: boolean;
  priceUnit: string | null;
  stockState: StockState;
  updatedAt: Date;
  images: PublicProductImage[];
  /** the product's category and its ancestors, root first (for breadcrumbs); empty without one */
  categoryPath: PublicCategoryLink[];
  /** the published product ratings' counters (docs/trust.md, reviews): average = sum / count */
  rating: { count: number; sum: number };
  shop: {
    id: string;
    slug: string;
    name: string;
    trade: string;
    city: string | null;
    latitude: number | null;
    longitude: number | null;
    logoUrl: string | null;
    openingHours: OpeningHours;
    delivery: ShopDeliveryOptions;
    /** the shop's published reviews' counters */
    rating: { count: number; sum: number };
  };
};

// Public fields only: no SKU, stock count, weight, moderation notes; no shop identity or payout data.
const PUBLIC_PRODUCT_SELECT = {
  id: true,
  slug: true,
  title: true,
  shortDescription: true,
  description: true,
  kind: true,
  priceAmount: true,
  compareAtAmount: true,
  currency: true,
  estimatedPrice: true,
  priceUnit: true,
  stockTracked: true,
  stock: true,
  updatedAt: true,
  ratingCount: true,
  ratingSum: true,
  images: { select: { url: true, alt: true, width: true, height: true, variants: true }, orderBy: { position: "asc" } },
  category: {
    select: {
      slug: true,
      names: true,
      parent: {
        select: {
          slug: true,
          names: true,
          parent: { select: { slug: true, names: true, parent: { select: { slug: true, names: true } } } },
        },
      },
    },
  },
  shop: {
    select: {
      id: true,
      slug: true,
      name: true,
      trade: true,
      city: true,
      latitude: true,
      longitude: true,
      logoUrl: true,
      openingHours: true,
      clickAndCollect: true,
      pickupInstructions: true,
      courierEnabled: true,
      courierRadiusKm: true,
      postalEnabled: true,
      postalCountries: true,
      postageDueOnDelivery: true,
      handlingDays: true,
      ratingCount: true,
      ratingSum: true,
    },
  },
} as const;

type CategoryChain = { slug: string; names: unknown; parent?: CategoryChain | null } | null;

function categoryPath(category: CategoryChain, locale: string): PublicCategoryLink[] {
  const path: PublicCategoryLink[] = [];
  for (let node = category; node; node = node.parent ?? null) {
    path.unshift({ slug: node.slug, name: categoryName(node.names, locale) ?? node.slug });
  }
  return path;
}

// An image's variants from its JSON column (unknown: the database does not enforce its shape).
function readVariants(value: unknown): { width: number; url: string }[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (v): v is { width: number; url: string } =>
      v !== null && typeof v === "object" && typeof v.width === "number" && typeof v.url === "string",
  );
}

/** A product a shopper may see, by slug: null when it is not visible (draft, hidden, shop not approved…). */
export async function getPublicProduct(slug: string, locale: string): Promise<PublicProduct | null> {
  // a slug with a NUL byte names no product and never reaches PostgreSQL (lib/text/clean-text.ts)
  if (!isCleanText(slug) || slug.length === 0 || slug.length > 200) return null;
  const row = await getDb().product.findFirst({
    where: { ...VISIBLE_PRODUCT_WHERE, slug },
    select: PUBLIC_PRODUCT_SELECT,
  });
  if (!row) return null;
  const { stockTracked, stock, images, category, shop, ratingCount, ratingSum, ...product } = row;
  return {
    ...product,
    rating: { count: ratingCount, sum: ratingSum },
    stockState: !stockTracked ? "NOT_TRACKED" : stock > 0 ? "IN_STOCK" : "OUT_OF_STOCK",
    images: images.map((image) => ({ ...image, variants: readVariants(image.variants) })),
    categoryPath: categoryPath(category, locale),
    shop: {
      id: shop.id,
      slug: shop.slug,
      name: shop.name,
      trade: shop.trade,
      city: shop.city,
      latitude: shop.latitude,
      longitude: shop.longitude,
      logoUrl: shop.logoUrl,
      openingHours: readOpeningHours(shop.openingHours),
      delivery: {
        clickAndCollect: shop.clickAndCollect,
        pickupInstructions: shop.clickAndCollect ? shop.pickupInstructions : null,
        courier: shop.courierEnabled && shop.courierRadiusKm !== null && shop.courierRadiusKm > 0,
        courierRadiusKm: shop.courierEnabled ? shop.courierRadiusKm : null,
        postal: shop.postalEnabled,
        postalCountries: shop.postalEnabled ? shop.postalCountries : [],
        postageDueOnDelivery: shop.postalEnabled && shop.postageDueOnDelivery,
        handlingDays: shop.handlingDays,
      },
      rating: { count: shop.ratingCount, sum: shop.ratingSum },
    },
  };
}
