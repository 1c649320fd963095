import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { parseInput } from "@/lib/forms/parse-input";
import { setupPath } from "@/lib/onboarding/steps";
import { reviewWithMessageSchema } from "./schemas";
import { transitionShop } from "./transition-shop";

/** PENDING → DRAFT with a message saying what to change; the vendor edits and submits again. */
export async function requestShopChanges(
  actor: Actor | null,
  input: { shopId: string; message: string },
): Promise<void> {
  assertRole(actor, "OPERATOR");
  const { shopId, message } = parseInput(reviewWithMessageSchema, input);
  await transitionShop({
    actorId: actor.id,
    shopId,
    expected: { status: "PENDING" },
    data: { status: "DRAFT", changesRequestedMessage: message },
    action: "shop.changes-requested",
    reason: message,
    email: (shop) => ({
      template: "seller.changes-requested",
      data: {
        vendorName: shop.owner.name,
        shopName: shop.name,
        message,
        dashboardUrl: appUrl(setupPath(shop.id, "review")),
      },
    }),
  });
}
