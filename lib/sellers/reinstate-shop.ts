import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { parseInput } from "@/lib/forms/parse-input";
import { reviewSchema } from "./schemas";
import { transitionShop } from "./transition-shop";

/** SUSPENDED → APPROVED: the shop is public again and the suspension reason is cleared. */
export async function reinstateShop(actor: Actor | null, input: { shopId: string }): Promise<void> {
  assertRole(actor, "OPERATOR");
  const { shopId } = parseInput(reviewSchema, input);
  await transitionShop({
    actorId: actor.id,
    shopId,
    expected: { status: "SUSPENDED" },
    data: { status: "APPROVED", statusReason: null },
    action: "shop.reinstated",
    email: (shop) => ({
      template: "seller.reinstated",
      data: { vendorName: shop.owner.name, shopName: shop.name, shopUrl: appUrl(`/shops/${shop.slug}`) },
    }),
  });
}
