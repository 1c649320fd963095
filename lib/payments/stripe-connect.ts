import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { needsReviewAfterChange, requestShopReview } from "@/lib/onboarding/request-shop-review";
import { setupPath } from "@/lib/onboarding/steps";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { getStripe } from "./stripe-client";

/**
 * "Connect with Stripe" (payout step): creates the shop's Express account once (an idempotency key
 * per shop guards a double click; the id is stored only if none is stored yet) and returns a fresh
 * hosted onboarding link. CONFLICT when Stripe is not configured. A new account on an approved
 * shop is a change of payout account: it goes back to review.
 */
export async function createStripeOnboardingLink(actor: Actor | null, shopId: string): Promise<string> {
  assertRole(actor, "VENDOR");
  const db = getDb();
  const shop = await getOwnedShopOrThrow(db, actor, shopId, {
    id: true,
    name: true,
    status: true,
    country: true,
    email: true,
    stripeAccountId: true,
  });
  const stripe = getStripe();
  if (!stripe)
    throw new AppError("CONFLICT", "Stripe is not configured", { form: "onboarding.errors.stripeUnavailable" });

  let accountId = shop.stripeAccountId;
  if (!accountId) {
    const account = await stripe.accounts.create(
      { type: "express", country: shop.country, email: shop.email ?? actor.email, metadata: { shopId: shop.id } },
      { idempotencyKey: `halle-connect-account-${shop.id}` },
    );
    accountId = await db.$transaction(async (tx) => {
      const stored = await tx.shop.updateMany({
        where: { id: shop.id, ownerId: actor.id, stripeAccountId: null },
        data: { stripeAccountId: account.id },
      });
      if (stored.count === 0) {
        // Someone (another tab) stored an account first: use that one.
        const current = await getOwnedShopOrThrow(tx, actor, shop.id, { stripeAccountId: true });
        return current.stripeAccountId ?? account.id;
      }
      if (needsReviewAfterChange(shop.status))
        await requestShopReview(tx, actor, shop, { step: "payout", fields: ["stripeAccountId"] });
      return account.id;
    });
  }

  const back = setupPath(shop.id, "payout");
  const link = await stripe.accountLinks.create({
    account: accountId,
    refresh_url: appUrl(`${back}?stripe=refresh`),
    return_url: appUrl(`${back}?stripe=return`),
    type: "account_onboarding",
  });
  return link.url;
}
