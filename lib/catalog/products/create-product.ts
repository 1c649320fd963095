import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { firstFreeSlug } from "@/lib/onboarding/shop-slug";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { slugify } from "@/lib/text/slugify";
import type { ProductFieldsInput } from "../product-schema";
import { addPhotoRows, checkPhotoUploads } from "./photo-uploads";
import {
  assertProductReferences,
  assertPublishable,
  assertSkuFree,
  isSlugCollision,
  parseProductForm,
  productColumns,
  rethrowSkuCollision,
  type EditorStatusInput,
} from "./product-save-rules";

const SLUG_ATTEMPTS = 5;

export type CreateProductInput = {
  shopId: string;
  locale: string;
  fields: ProductFieldsInput;
  status?: EditorStatusInput;
  photos?: Uint8Array[];
};

async function freeSlugFor(base: string): Promise<string> {
  const taken = await getDb().product.findMany({
    where: { OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] },
    select: { slug: true },
  });
  return firstFreeSlug(
    base,
    taken.map((product) => product.slug),
  );
}

/**
 * A new product in one of the vendor's shops, saved as a draft or put online (then the publish
 * rule applies, photos included). Its slug comes from the title, unique across the marketplace.
 * Everything is checked before anything is written; one transaction; audited.
 */
export async function createProduct(
  actor: Actor | null,
  input: CreateProductInput,
): Promise<{ id: string; slug: string }> {
  assertRole(actor, "VENDOR");
  const { fields, status } = parseProductForm(input.locale, input.fields, input.status ?? "DRAFT");
  const photos = input.photos ?? [];
  await checkPhotoUploads(photos, 0);
  const base = slugify(fields.title, { fallback: "produit" });

  for (let attempt = 1; ; attempt++) {
    const slug = await freeSlugFor(base);
    try {
      return await getDb().$transaction(
        async (tx) => {
          const shop = await getOwnedShopOrThrow(tx, actor, input.shopId, { id: true });
          await assertProductReferences(tx, shop.id, fields);
          await assertSkuFree(tx, shop.id, fields.sku);
          const online = status === "ACTIVE";
          if (online) assertPublishable(fields, photos.length);
          const product = await tx.product
            .create({
              data: {
                ...productColumns(fields),
                shopId: shop.id,
                slug,
                status,
                publishedAt: online ? new Date() : null,
              },
              select: { id: true, slug: true },
            })
            .catch((error: unknown) => (isSlugCollision(error) ? Promise.reject(error) : rethrowSkuCollision(error)));
          const imageIds = await addPhotoRows(tx, shop.id, product.id, photos, 0);
          await recordAudit(tx, {
            actorId: actor.id,
            action: "product.created",
            entityType: "Product",
            entityId: product.id,
            data: { shopId: shop.id, slug, status, images: imageIds.length },
          });
          return product;
        },
        { timeout: 60_000, maxWait: 10_000 },
      );
    } catch (error) {
      if (isSlugCollision(error) && attempt < SLUG_ATTEMPTS) continue;
      throw error;
    }
  }
}
