import "server-only";
import type { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

/**
 * Whether amounts are already stored in the marketplace's currency: a product, an order, a plan
 * with a fee or a billing charge. Amounts are integers of the currency's minor units
 * (docs/domain.md, money), so changing the currency then would misread every one of them.
 */
export async function currencyInUse(db: Db): Promise<boolean> {
  // `db` may be a transaction client, one connection: one query at a time
  if (await db.product.findFirst({ select: { id: true } })) return true;
  if (await db.order.findFirst({ select: { id: true } })) return true;
  if (await db.plan.findFirst({ where: { monthlyFeeAmount: { gt: 0 } }, select: { id: true } })) return true;
  return (await db.billingCharge.findFirst({ select: { id: true } })) !== null;
}
