import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

const MAX_DEPTH = 16;

/**
 * A product may be listed in this category: it exists and neither it nor any ancestor is
 * prohibited. Otherwise VALIDATION on the `categoryId` field. Call it inside the transaction
 * that saves the product.
 */
export async function assertCategoryAllowed(db: Db, categoryId: string): Promise<void> {
  let id: string | null = categoryId;
  for (let depth = 0; id !== null && depth < MAX_DEPTH; depth += 1) {
    const category: { prohibited: boolean; parentId: string | null } | null = await db.category.findUnique({
      where: { id },
      select: { prohibited: true, parentId: true },
    });
    if (!category || category.prohibited) {
      throw new AppError("VALIDATION", "category not allowed", { categoryId: "sellers.errors.categoryProhibited" });
    }
    id = category.parentId;
  }
}
