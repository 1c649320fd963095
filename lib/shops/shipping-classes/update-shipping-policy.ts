import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { parseInput } from "@/lib/forms/parse-input";
import { getOwnedShopOrThrow } from "../get-owned-shop";
import { shippingPolicySchema } from "./schema";

export type ShippingPolicyInput = { shippingFeeMode: unknown; freeShippingThreshold: unknown };

/** Sets how the vendor's shop adds up shipping fees and its free-shipping threshold. */
export async function updateShippingPolicy(
  actor: Actor | null,
  shopId: string,
  input: ShippingPolicyInput,
  locale: string,
): Promise<void> {
  const db = getDb();
  const shop = await getOwnedShopOrThrow(db, actor, shopId, { id: true });
  const { shippingFeeMode, freeShippingThreshold } = parseInput(shippingPolicySchema(locale), input);
  await db.$transaction(async (tx) => {
    await tx.shop.update({
      where: { id: shop.id },
      data: { shippingFeeMode, freeShippingThresholdAmount: freeShippingThreshold },
    });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "shop.shipping-policy.updated",
      entityType: "Shop",
      entityId: shop.id,
      data: { shippingFeeMode, freeShippingThresholdAmount: freeShippingThreshold },
    });
  });
}
