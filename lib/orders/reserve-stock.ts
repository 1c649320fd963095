import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type StockRequest = { productId: string; title: string; quantity: number; unitPriceAmount: number };

export type StockReservation = {
  /** titles of the products that could not get their quantity (or are no longer on sale) */
  short: string[];
  /** titles of the products whose price changed since the cart was read */
  repriced: string[];
};

/**
 * Takes each line's quantity off its product's stock with a conditional update: only while the
 * product is on sale in an approved shop and (when stock is tracked) has enough. PostgreSQL
 * re-checks the condition on the row it locked, so concurrent checkouts never oversell. Products
 * are locked in id order (no deadlock between two carts). The caller throws — rolling the whole
 * transaction back — when anything is short or repriced.
 */
export async function reserveStock(tx: Prisma.TransactionClient, requests: StockRequest[]): Promise<StockReservation> {
  const short: string[] = [];
  const repriced: string[] = [];
  const sorted = [...requests].sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0));
  for (const request of sorted) {
    const rows = await tx.$queryRaw<{ priceAmount: number }[]>`
      UPDATE "Product" p
         SET stock = CASE WHEN p."stockTracked" THEN p.stock - ${request.quantity} ELSE p.stock END
       WHERE p.id = ${request.productId}
         AND p.status = 'ACTIVE'
         AND (NOT p."stockTracked" OR p.stock >= ${request.quantity})
         AND EXISTS (SELECT 1 FROM "Shop" s WHERE s.id = p."shopId" AND s.status = 'APPROVED')
      RETURNING p."priceAmount"`;
    if (rows.length === 0) short.push(request.title);
    else if (rows[0].priceAmount !== request.unitPriceAmount) repriced.push(request.title);
  }
  return { short, repriced };
}
