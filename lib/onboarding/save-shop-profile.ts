import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { profileToShopData, type ProfileInput } from "./profile-schema";
import { discardShopImages, parseProfileWithImages, storeShopImages, type ShopImageUploads } from "./shop-images";
import { stepNumber } from "./steps";

/**
 * Step 1 of an existing shop: the owner updates its profile and, when chosen, its pictures. The
 * slug stays what it was at creation (links already shared keep working).
 */
export async function saveShopProfile(
  actor: Actor | null,
  shopId: string,
  input: ProfileInput,
  uploads: ShopImageUploads = {},
): Promise<void> {
  const db = getDb();
  const shop = await getOwnedShopOrThrow(db, actor, shopId, { id: true, ownerId: true });
  const { profile, images } = await parseProfileWithImages(input, uploads);
  // Pictures are written once everything is valid, before the row (a failing store writes no
  // row); should the update then fail, they are deleted (docs/architecture.md, files).
  const urls = await storeShopImages(shop.id, images);
  try {
    await db.$transaction(async (tx) => {
      const current = await getOwnedShopOrThrow(tx, actor, shop.id, { onboardingStep: true });
      await tx.shop.update({
        where: { id: shop.id, ownerId: shop.ownerId },
        data: {
          ...profileToShopData(profile),
          ...urls,
          onboardingStep: Math.max(current.onboardingStep, stepNumber("profile") + 1),
        },
      });
    });
  } catch (error) {
    await discardShopImages(urls);
    throw error;
  }
}
