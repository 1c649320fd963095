import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { reviewSchema } from "./schemas";
import { transitionShop } from "./transition-shop";

/**
 * Approves a PENDING application (the shop goes live), or accepts the identity/payout changes of
 * an APPROVED shop under review (reviewPending cleared). Any other state → CONFLICT.
 */
export async function approveShop(
  actor: Actor | null,
  input: { shopId: string },
): Promise<"approved" | "changes-approved"> {
  assertRole(actor, "OPERATOR");
  const { shopId } = parseInput(reviewSchema, input);
  const current = await getDb().shop.findUnique({
    where: { id: shopId },
    select: { status: true, reviewPending: true },
  });
  if (!current) throw new AppError("NOT_FOUND");
  const acceptingChanges = current.status === "APPROVED" && current.reviewPending;
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
            status: "APPROVED",
            approvedAt: new Date(),
            reviewPending: false,
            statusReason: null,
            changesRequestedMessage: null,
          },
          action: "shop.approved",
        }),
    email: (shop) =>
      acceptingChanges
        ? {
            template: "seller.changes-approved",
            data: { vendorName: shop.owner.name, shopName: shop.name, dashboardUrl: appUrl("/dashboard") },
          }
        : {
            template: "seller.approved",
            data: { vendorName: shop.owner.name, shopName: shop.name, shopUrl: appUrl(`/shops/${shop.slug}`) },
          },
  });
  return acceptingChanges ? "changes-approved" : "approved";
}
