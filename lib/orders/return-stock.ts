import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Gives the stock of order lines back to their products, in the caller's transaction: an unpaid
 * order released, a paid part refused, expired or cancelled. Products deleted since (productId
 * null) and products whose stock is not tracked are left alone.
 */
export async function returnStock(
  tx: Prisma.TransactionClient,
  lines: readonly { productId: string | null; quantity: number }[],
): Promise<void> {
  // One update per product, in id order, like reserveStock: two transactions returning the same
  // products lock them in the same order, so they cannot deadlock.
  const quantities = new Map<string, number>();
  for (const line of lines) {
    if (line.productId) quantities.set(line.productId, (quantities.get(line.productId) ?? 0) + line.quantity);
  }
  for (const productId of [...quantities.keys()].sort()) {
    await tx.product.updateMany({
      where: { id: productId, stockTracked: true },
      data: { stock: { increment: quantities.get(productId) } },
    });
  }
}
