import "server-only";
import { isAppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCategoryAllowed } from "../assert-category-allowed";

/** True when a product may not be listed in this category (prohibited, or gone). */
export async function categoryBlocked(tx: Prisma.TransactionClient, categoryId: string): Promise<boolean> {
  try {
    await assertCategoryAllowed(tx, categoryId);
    return false;
  } catch (error) {
    if (isAppError(error, "VALIDATION")) return true;
    throw error;
  }
}
