import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { startSubscription, statusAtApproval } from "@/lib/billing/start-subscription";
import { reviewSchema } from "./schemas";
import { transitionShop } from "./transition-shop";

/**
 * Approves a PENDING application (the shop goes live and its subscription starts: docs/domain.md,
 * plans and billing; on a fixed-term plan not paid yet it is LAPSED until its first term is
 * paid), or accepts the identity/payout changes of
 * an APPROVED shop under review (reviewPending cleared). Any other state → CONFLICT.
 */
export async function approveShop(
  actor: Actor | null,
  input: { shopId: string },
  now: Date = new Date(),
): Promise<"approved" | "changes-approved"> {
  assertRole(actor, "OPERATOR");
  const { shopId } = parseInput(reviewSchema, input);
  const current = await getDb().shop.findUnique({
    where: { id: shopId },
    select: { status: true, reviewPending: true },
  });
  if (!current) throw new AppError("NOT_FOUND");
  const acceptingChanges = current.status === "APPROVED" && current.reviewPending;
  const status = acceptingChanges ? "APPROVED" : await statusAtApproval(getDb(), shopId);
  await transitionShop({
    actorId: actor.id,
    shopId,
    ...(acceptingChanges
      ? {
          expected: { status: "APPROVED", reviewPending: true },
          data: { reviewPending: false },
          action: "shop.changes-approved",
        }
      : {
          expected: { status: "PENDING" },
          data: {
            status,
            approvedAt: now,
            reviewPending: false,
            statusReason: null,
            changesRequestedMessage: null,
          },
          action: "shop.approved",
          after: (tx) => startSubscription(tx, shopId, now),
        }),
    email: (shop) =>
      acceptingChanges
        ? {
            template: "seller.changes-approved",
            data: { vendorName: shop.owner.name, shopName: shop.name, dashboardUrl: appUrl("/dashboard") },
          }
        : {
            template: "seller.approved",
            data: {
              vendorName: shop.owner.name,
              shopName: shop.name,
              shopUrl: appUrl(`/shops/${shop.slug}`),
              // Approved on a fixed-term plan not paid yet (docs/business-models.md, subscriptions and billing).
              ...(status === "LAPSED" ? { payFirstTermUrl: appUrl("/dashboard/plan") } : {}),
            },
          },
  });
  return acceptingChanges ? "changes-approved" : "approved";
}
