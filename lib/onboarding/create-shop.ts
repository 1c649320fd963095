import "server-only";
import { randomUUID } from "node:crypto";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { profileToShopData, type ProfileInput } from "./profile-schema";
import { discardShopImages, parseProfileWithImages, storeShopImages, type ShopImageUploads } from "./shop-images";
import { firstFreeSlug, slugifyShopName } from "./shop-slug";
import { stepNumber } from "./steps";

const SLUG_ATTEMPTS = 5;

const isSlugCollision = (error: unknown) => isUniqueViolation(error, "slug");

async function freeSlugFor(base: string): Promise<string> {
  const taken = await getDb().shop.findMany({
    where: { OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] },
    select: { slug: true },
  });
  return firstFreeSlug(
    base,
    taken.map((shop) => shop.slug),
  );
}

/**
 * Step 1 for a new shop: a DRAFT shop owned by the actor, with the profile's data and a unique
 * slug from its name. A shopper opening a shop becomes a vendor in the same transaction. Two
 * vendors naming shops alike at the same moment: the unique index refuses one, which retries.
 */
export async function createShop(
  actor: Actor | null,
  input: ProfileInput,
  uploads: ShopImageUploads = {},
): Promise<string> {
  assertRole(actor, "VENDOR", "SHOPPER");
  const { profile, images } = await parseProfileWithImages(input, uploads);
  const base = slugifyShopName(profile.name);
  // The id is chosen here so the pictures are stored before the row: a failing store creates no
  // shop, and a shop that is not created leaves no picture (docs/architecture.md, files).
  const id = randomUUID();
  const urls = await storeShopImages(id, images);

  for (let attempt = 1; ; attempt++) {
    const slug = await freeSlugFor(base);
    try {
      return await getDb().$transaction(async (tx) => {
        const owner = await tx.user.findUnique({ where: { id: actor.id }, select: { role: true } });
        // The role as it is now (it may have changed since the actor was read).
        if (!owner || (owner.role !== "SHOPPER" && owner.role !== "VENDOR")) throw new AppError("FORBIDDEN");
        if (owner.role === "SHOPPER") await tx.user.update({ where: { id: actor.id }, data: { role: "VENDOR" } });
        const shop = await tx.shop.create({
          data: {
            ...profileToShopData(profile),
            ...urls,
            id,
            slug,
            status: "DRAFT",
            ownerId: actor.id,
            onboardingStep: stepNumber("location"),
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "shop.created",
          entityType: "Shop",
          entityId: shop.id,
          data: { slug, roleUpgraded: owner.role === "SHOPPER" },
        });
        return shop.id;
      });
    } catch (error) {
      if (isSlugCollision(error) && attempt < SLUG_ATTEMPTS) continue;
      await discardShopImages(urls);
      throw error;
    }
  }
}
