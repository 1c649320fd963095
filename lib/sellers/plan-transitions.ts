import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Prisma, ShopStatus } from "@/lib/generated/prisma/client";

// The shop statuses a plan moves (docs/domain.md, Shop): APPROVED → LAPSED when its plan ends
// (billing run), LAPSED → APPROVED when it is renewed or resubscribed (the vendor), LAPSED →
// CLOSED when a cancelled shop's grace period is over (billing run). Each is a conditional update
// in the caller's transaction with its audit row: false when the shop had moved on meanwhile.

async function move(
  tx: Prisma.TransactionClient,
  shopId: string,
  from: ShopStatus,
  data: Prisma.ShopUpdateManyMutationInput & { status: ShopStatus },
  audit: { actorId: string | null; action: string; reason: string },
): Promise<boolean> {
  const { count } = await tx.shop.updateMany({ where: { id: shopId, status: from }, data });
  if (count !== 1) return false;
  await recordAudit(tx, {
    actorId: audit.actorId,
    action: audit.action,
    entityType: "Shop",
    entityId: shopId,
    reason: audit.reason,
    data: { from, to: data.status },
  });
  return true;
}

/** Its plan ended: off the storefront, data kept; `dashboardClosesAt` only when it was cancelled. */
export function lapseShop(
  tx: Prisma.TransactionClient,
  shopId: string,
  reason: "subscription-cancelled" | "term-expired",
  dashboardClosesAt: Date | null,
): Promise<boolean> {
  return move(
    tx,
    shopId,
    "APPROVED",
    { status: "LAPSED", dashboardClosesAt },
    {
      actorId: null,
      action: "shop.lapsed",
      reason,
    },
  );
}

/** A lapsed shop renewed (a term paid) or resubscribed (a monthly plan chosen): live again at once. */
export function renewShop(tx: Prisma.TransactionClient, shopId: string, actorId: string | null): Promise<boolean> {
  return move(
    tx,
    shopId,
    "LAPSED",
    { status: "APPROVED", dashboardClosesAt: null },
    {
      actorId,
      action: "shop.renewed",
      reason: "plan-renewed",
    },
  );
}

/** A cancelled shop whose grace period is over: its dashboard closes, its data is kept. */
export function closeShop(tx: Prisma.TransactionClient, shopId: string): Promise<boolean> {
  return move(
    tx,
    shopId,
    "LAPSED",
    { status: "CLOSED" },
    {
      actorId: null,
      action: "shop.closed",
      reason: "grace-period-over",
    },
  );
}
