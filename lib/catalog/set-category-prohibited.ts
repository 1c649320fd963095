import "server-only";
import { z } from "zod";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { idSchema } from "@/lib/parse-id";
import { subtreeIds } from "./category-tree";

const schema = z.object({
  categoryId: idSchema({ invalid: "forms.errors.invalid" }),
  prohibited: z.boolean({ error: "forms.errors.invalid" }),
});

export type SetCategoryProhibitedInput = z.input<typeof schema>;

/**
 * Marks a category prohibited (or allowed again). Prohibiting also unlists — back to DRAFT —
 * every online product of the category and its subcategories, in the same transaction, each
 * audited. Returns how many products were unlisted.
 */
export async function setCategoryProhibited(
  actor: Actor | null,
  input: SetCategoryProhibitedInput,
): Promise<{ unlisted: number }> {
  assertRole(actor, "OPERATOR");
  const { categoryId, prohibited } = parseInput(schema, input);
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.category.updateMany({
      where: { id: categoryId, prohibited: !prohibited },
      data: { prohibited },
    });
    if (count !== 1) {
      const exists = await tx.category.count({ where: { id: categoryId } });
      if (!exists) throw new AppError("NOT_FOUND");
      return { unlisted: 0 }; // already in the requested state: nothing to do
    }
    let unlisted: string[] = [];
    if (prohibited) {
      const tree = await tx.category.findMany({ select: { id: true, parentId: true } });
      const products = await tx.product.findMany({
        where: { status: "ACTIVE", categoryId: { in: subtreeIds(tree, categoryId) } },
        select: { id: true },
      });
      unlisted = products.map((product) => product.id);
      if (unlisted.length > 0) {
        await tx.product.updateMany({ where: { id: { in: unlisted }, status: "ACTIVE" }, data: { status: "DRAFT" } });
        await tx.auditLog.createMany({
          data: unlisted.map((id) => ({
            actorId: actor.id,
            action: "product.unlisted",
            entityType: "Product",
            entityId: id,
            reason: "category.prohibited",
            data: { categoryId },
          })),
        });
      }
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: prohibited ? "category.prohibited" : "category.allowed",
      entityType: "Category",
      entityId: categoryId,
      data: { unlistedProducts: unlisted.length },
    });
    return { unlisted: unlisted.length };
  });
}
