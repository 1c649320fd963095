import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { parseInput } from "@/lib/forms/parse-input";
import type { ShippingClassInput } from "./create-shipping-class";
import { isUniqueViolation } from "@/lib/db-errors";
import { assertShippingClassNameFree, nameTaken } from "./name-taken";
import { lockOwnedShippingClass } from "./owned-shipping-class";
import { shippingClassSchema } from "./schema";

/** Renames a shipping class of the vendor's shop and/or changes its fees. */
export async function updateShippingClass(
  actor: Actor | null,
  shippingClassId: unknown,
  input: ShippingClassInput,
  locale: string,
): Promise<void> {
  try {
    await getDb().$transaction(async (tx) => {
      const existing = await lockOwnedShippingClass(tx, actor, shippingClassId);
      const { name, fees } = parseInput(shippingClassSchema(locale), input);
      await assertShippingClassNameFree(tx, existing.shopId, name, existing.id);
      await tx.shippingClass.update({ where: { id: existing.id }, data: { name, fees } });
      await recordAudit(tx, {
        actorId: actor!.id,
        action: "shipping-class.updated",
        entityType: "ShippingClass",
        entityId: existing.id,
        data: { name, fees },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}
