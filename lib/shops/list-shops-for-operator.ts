import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { ShopStatus } from "@/lib/generated/prisma/client";

export type OperatorShopSummary = {
  id: string;
  slug: string;
  name: string;
  trade: string;
  city: string | null;
  status: ShopStatus;
  createdAt: Date;
  owner: { name: string; email: string };
};

const SELECT = {
  id: true,
  slug: true,
  name: true,
  trade: true,
  city: true,
  status: true,
  createdAt: true,
  owner: { select: { name: true, email: true } },
} as const;

/**
 * Every shop, for the operator: pending applications first (oldest first, first come first
 * served), then the others (newest first). `status` narrows to one status.
 */
export async function listShopsForOperator(
  actor: Actor | null,
  { take = 100, status }: { take?: number; status?: ShopStatus } = {},
): Promise<OperatorShopSummary[]> {
  assertRole(actor, "OPERATOR");
  const db = getDb();
  if (status) {
    return db.shop.findMany({ where: { status }, select: SELECT, orderBy: { createdAt: status === "PENDING" ? "asc" : "desc" }, take });
  }
  const pending = await db.shop.findMany({ where: { status: "PENDING" }, select: SELECT, orderBy: { createdAt: "asc" }, take });
  if (pending.length >= take) return pending;
  const others = await db.shop.findMany({
    where: { status: { not: "PENDING" } },
    select: SELECT,
    orderBy: { createdAt: "desc" },
    take: take - pending.length,
  });
  return [...pending, ...others];
}
