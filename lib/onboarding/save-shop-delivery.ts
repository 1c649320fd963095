import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { parseInput } from "@/lib/forms/parse-input";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { deliverySchema, type DeliveryInput } from "./delivery-schema";
import { stepNumber } from "./steps";

/** Step 3: the delivery modes the shop offers and its handling time. */
export async function saveShopDelivery(actor: Actor | null, shopId: string, input: DeliveryInput): Promise<void> {
  const db = getDb();
  await getOwnedShopOrThrow(db, actor, shopId, { id: true });
  const delivery = parseInput(deliverySchema, input);
  await db.$transaction(async (tx) => {
    const shop = await getOwnedShopOrThrow(tx, actor, shopId, { id: true, ownerId: true, onboardingStep: true });
    await tx.shop.update({
      where: { id: shop.id, ownerId: shop.ownerId },
      data: { ...delivery, onboardingStep: Math.max(shop.onboardingStep, stepNumber("delivery") + 1) },
    });
  });
}
