import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { lockOwnedShippingClass } from "./owned-shipping-class";

/**
 * Deletes a shipping class of the vendor's shop. Products that used it fall back to no class
 * (the relation is ON DELETE SET NULL); how many is returned and audited.
 */
export async function deleteShippingClass(
  actor: Actor | null,
  shippingClassId: unknown,
): Promise<{ productsDetached: number }> {
  return getDb().$transaction(async (tx) => {
    const existing = await lockOwnedShippingClass(tx, actor, shippingClassId);
    const productsDetached = await tx.product.count({ where: { shippingClassId: existing.id } });
    await tx.shippingClass.delete({ where: { id: existing.id } });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "shipping-class.deleted",
      entityType: "ShippingClass",
      entityId: existing.id,
      data: { shopId: existing.shopId, name: existing.name, productsDetached },
    });
    return { productsDetached };
  });
}
