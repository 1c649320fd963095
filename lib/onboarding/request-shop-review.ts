import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Prisma, ShopStatus } from "@/lib/generated/prisma/client";
import { queueEmail } from "@/lib/notifications/queue-email";
import { listOperatorInboxes } from "@/lib/notifications/recipients";

/** Statuses of a live (or once live) shop: changes to identity or payout go back to review. */
export const REVIEWED_STATUSES: readonly ShopStatus[] = ["APPROVED", "SUSPENDED"];

export function needsReviewAfterChange(status: ShopStatus): boolean {
  return REVIEWED_STATUSES.includes(status);
}

/**
 * The post-approval rule, inside the caller's transaction: an approved (or suspended) shop whose
 * identity or payout account changed keeps its status, is marked reviewPending, the change is
 * audited (`shop.review-requested`, with the fields that changed, never their values) and every
 * operator is e-mailed.
 */
export async function requestShopReview(
  tx: Prisma.TransactionClient,
  actor: Actor,
  shop: { id: string; name: string },
  changed: { step: "identity" | "payout"; fields: string[] },
): Promise<void> {
  await tx.shop.update({ where: { id: shop.id }, data: { reviewPending: true } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "shop.review-requested",
    entityType: "Shop",
    entityId: shop.id,
    data: { step: changed.step, fields: changed.fields },
  });
  await queueReviewRequestedEmails(tx, shop);
}

/** Tells every operator that a shop has something to review (a changed step, a new payout account). */
export async function queueReviewRequestedEmails(
  tx: Prisma.TransactionClient,
  shop: { id: string; name: string },
): Promise<void> {
  for (const operator of await listOperatorInboxes(tx)) {
    await queueEmail(tx, {
      to: operator.email,
      locale: operator.locale ?? undefined,
      template: "seller.review-requested",
      data: { shopName: shop.name, reviewUrl: appUrl(`/admin/sellers/${shop.id}`) },
    });
  }
}
