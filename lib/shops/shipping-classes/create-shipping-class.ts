import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { parseInput } from "@/lib/forms/parse-input";
import { getOwnedShopOrThrow } from "../get-owned-shop";
import { isUniqueViolation } from "@/lib/db-errors";
import { assertShippingClassNameFree, nameTaken } from "./name-taken";
import { shippingClassSchema } from "./schema";

export type ShippingClassInput = { name: unknown; localCourierFee: unknown; postalFee: unknown };

/** Adds a shipping class to the vendor's shop. */
export async function createShippingClass(
  actor: Actor | null,
  shopId: string,
  input: ShippingClassInput,
  locale: string,
): Promise<{ id: string }> {
  const db = getDb();
  const shop = await getOwnedShopOrThrow(db, actor, shopId, { id: true });
  const { name, fees } = parseInput(shippingClassSchema(locale), input);
  try {
    return await db.$transaction(async (tx) => {
      await assertShippingClassNameFree(tx, shop.id, name);
      const created = await tx.shippingClass.create({ data: { shopId: shop.id, name, fees }, select: { id: true } });
      await recordAudit(tx, {
        actorId: actor!.id,
        action: "shipping-class.created",
        entityType: "ShippingClass",
        entityId: created.id,
        data: { shopId: shop.id, name, fees },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}
