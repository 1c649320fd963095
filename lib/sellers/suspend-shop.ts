import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/forms/parse-input";
import { reviewWithReasonSchema } from "./schemas";
import { transitionShop } from "./transition-shop";

/** APPROVED → SUSPENDED with a reason: the shop and its products leave public view at once. */
export async function suspendShop(actor: Actor | null, input: { shopId: string; reason: string }): Promise<void> {
  assertRole(actor, "OPERATOR");
  const { shopId, reason } = parseInput(reviewWithReasonSchema, input);
  await transitionShop({
    actorId: actor.id,
    shopId,
    expected: { status: "APPROVED" },
    data: { status: "SUSPENDED", statusReason: reason },
    action: "shop.suspended",
    reason,
    email: (shop) => ({
      template: "seller.suspended",
      data: { vendorName: shop.owner.name, shopName: shop.name, reason },
    }),
  });
}
