import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { parseInput } from "@/lib/forms/parse-input";
import { setupPath } from "@/lib/onboarding/steps";
import { reviewWithReasonSchema } from "./schemas";
import { transitionShop } from "./transition-shop";

/** PENDING → REJECTED with the reason the vendor reads (they may edit and submit again). */
export async function rejectShop(actor: Actor | null, input: { shopId: string; reason: string }): Promise<void> {
  assertRole(actor, "OPERATOR");
  const { shopId, reason } = parseInput(reviewWithReasonSchema, input);
  await transitionShop({
    actorId: actor.id,
    shopId,
    expected: { status: "PENDING" },
    data: { status: "REJECTED", statusReason: reason },
    action: "shop.rejected",
    reason,
    email: (shop) => ({
      template: "seller.rejected",
      data: {
        vendorName: shop.owner.name,
        shopName: shop.name,
        reason,
        dashboardUrl: appUrl(setupPath(shop.id, "review")),
      },
    }),
  });
}
