import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { ProductStatus } from "@/lib/generated/prisma/client";
import { formatMoneyInput } from "@/lib/money/parse-money";
import { getOwnedProductOrThrow } from "./owned-products";

/** The product form's fields as typed text (prices in the viewer's locale), shared with the form. */
export type ProductFormValues = {
  title: string;
  shortDescription: string;
  description: string;
  kind: string;
  categoryId: string;
  price: string;
  compareAtPrice: string;
  estimatedPrice: boolean;
  priceUnit: string;
  stockTracked: boolean;
  stock: string;
  hideWhenOutOfStock: boolean;
  sku: string;
  weightGrams: string;
  shippingClassId: string;
  status: string;
};

export type ProductImageVariant = { width: number; url: string };
export type EditableProductImage = {
  id: string;
  url: string;
  alt: string;
  width: number | null;
  height: number | null;
  variants: ProductImageVariant[];
};

/** The form's values as text (what a person types back), plus what the editor shows around it. */
export type ProductForEditing = {
  id: string;
  shopId: string;
  shopSlug: string;
  slug: string;
  status: ProductStatus;
  moderationReason: string | null;
  currency: string;
  values: ProductFormValues;
  images: EditableProductImage[];
};

/** An image's variants from its JSON column (unknown: the database does not enforce its shape). */
export function readVariants(json: unknown): ProductImageVariant[] {
  if (!Array.isArray(json)) return [];
  return json
    .filter(
      (v): v is ProductImageVariant =>
        typeof v === "object" && v !== null && typeof v.width === "number" && typeof v.url === "string",
    )
    .map(({ width, url }) => ({ width, url }))
    .sort((a, b) => a.width - b.width);
}

/** One of the vendor's products, ready for the editor (NOT_FOUND for anyone else's). */
export async function getProductForEditing(
  actor: Actor | null,
  productId: string,
  locale: string,
): Promise<ProductForEditing> {
  const product = await getOwnedProductOrThrow(getDb(), actor, productId, {
    id: true,
    shopId: true,
    slug: true,
    status: true,
    moderationReason: true,
    currency: true,
    title: true,
    shortDescription: true,
    description: true,
    kind: true,
    categoryId: true,
    priceAmount: true,
    compareAtAmount: true,
    estimatedPrice: true,
    priceUnit: true,
    stockTracked: true,
    stock: true,
    hideWhenOutOfStock: true,
    sku: true,
    weightGrams: true,
    shippingClassId: true,
    shop: { select: { slug: true } },
    images: {
      select: { id: true, url: true, alt: true, width: true, height: true, variants: true },
      orderBy: [{ position: "asc" }, { id: "asc" }],
    },
  });
  return {
    id: product.id,
    shopId: product.shopId,
    shopSlug: product.shop.slug,
    slug: product.slug,
    status: product.status,
    moderationReason: product.moderationReason,
    currency: product.currency,
    values: {
      title: product.title,
      shortDescription: product.shortDescription,
      description: product.description,
      kind: product.kind,
      categoryId: product.categoryId ?? "",
      // 0 means "no price yet" (a draft): the field stays empty.
      price: product.priceAmount > 0 ? formatMoneyInput(product.priceAmount, locale, product.currency) : "",
      compareAtPrice:
        product.compareAtAmount === null ? "" : formatMoneyInput(product.compareAtAmount, locale, product.currency),
      estimatedPrice: product.estimatedPrice,
      priceUnit: product.priceUnit ?? "",
      stockTracked: product.stockTracked,
      stock: product.stockTracked ? String(product.stock) : "",
      hideWhenOutOfStock: product.hideWhenOutOfStock,
      sku: product.sku ?? "",
      weightGrams: product.weightGrams === null ? "" : String(product.weightGrams),
      shippingClassId: product.shippingClassId ?? "",
      status: product.status,
    },
    images: product.images.map((image) => ({ ...image, variants: readVariants(image.variants) })),
  };
}
