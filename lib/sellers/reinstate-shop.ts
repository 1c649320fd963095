import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { parseInput } from "@/lib/forms/parse-input";
import { chargeReinstatedMonth } from "@/lib/billing/charge-reinstated-month";
import { reviewSchema } from "./schemas";
import { transitionShop } from "./transition-shop";

/**
 * SUSPENDED → APPROVED: the shop is public again and the suspension reason is cleared. A monthly
 * plan's month not billed during the suspension is charged from today (docs/business-models.md, subscriptions and billing).
 */
export async function reinstateShop(
  actor: Actor | null,
  input: { shopId: string },
  now: Date = new Date(),
): Promise<void> {
  assertRole(actor, "OPERATOR");
  const { shopId } = parseInput(reviewSchema, input);
  await transitionShop({
    actorId: actor.id,
    shopId,
    expected: { status: "SUSPENDED" },
    data: { status: "APPROVED", statusReason: null },
    action: "shop.reinstated",
    after: (tx) => chargeReinstatedMonth(tx, shopId, now),
    email: (shop) => ({
      template: "seller.reinstated",
      data: { vendorName: shop.owner.name, shopName: shop.name, shopUrl: appUrl(`/shops/${shop.slug}`) },
    }),
  });
}
