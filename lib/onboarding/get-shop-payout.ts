import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { isStripeConfigured } from "@/lib/payments/stripe-client";
import { maskIban } from "@/lib/payouts/iban";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";

export type ShopPayout = {
  holderName: string | null;
  /** masked: the full IBAN is never sent back to the browser */
  maskedIban: string | null;
  /** a change waiting for an operator (docs/security.md, payout details), masked */
  pendingMaskedIban: string | null;
  stripeConnected: boolean;
  stripeAvailable: boolean;
};

/** The payout step's current values, for the vendor's own shop only (NOT_FOUND otherwise). */
export async function getShopPayout(actor: Actor | null, shopId: string): Promise<ShopPayout> {
  const shop = await getOwnedShopOrThrow(getDb(), actor, shopId, {
    payoutHolderName: true,
    payoutIban: true,
    pendingPayoutIban: true,
    stripeAccountId: true,
  });
  return {
    holderName: shop.payoutHolderName,
    maskedIban: shop.payoutIban ? maskIban(shop.payoutIban) : null,
    pendingMaskedIban: shop.pendingPayoutIban ? maskIban(shop.pendingPayoutIban) : null,
    stripeConnected: Boolean(shop.stripeAccountId),
    stripeAvailable: isStripeConfigured(),
  };
}
