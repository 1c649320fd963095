import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ShopStatus } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/forms/parse-input";
import { requestPayoutChange } from "@/lib/payouts/payout-change/request-payout-change";
import { payoutChangeNeedsReview } from "@/lib/payouts/payout-change/payout-change-rule";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { payoutSchema, type PayoutInput } from "./payout-schema";
import { stepNumber } from "./steps";

export type SaveShopPayoutResult = {
  /** the change waits for an operator (an approved shop): the payouts keep the approved account */
  reviewRequested: boolean;
  status: ShopStatus;
};

/**
 * Step 5: the payout account holder and IBAN (checked by its mod-97 checksum, stored normalised).
 * A blank IBAN keeps the stored one. A shop not yet approved edits them directly. On a shop that
 * was approved, a real change is stored as pending: the payouts keep using the approved account
 * until an operator approves it, and the owner is e-mailed (docs/security.md, payout details).
 */
export async function saveShopPayout(
  actor: Actor | null,
  shopId: string,
  input: PayoutInput,
): Promise<SaveShopPayoutResult> {
  assertRole(actor, "VENDOR");
  const shop = await getOwnedShopOrThrow(getDb(), actor, shopId, {
    id: true,
    name: true,
    status: true,
    approvedAt: true,
    onboardingStep: true,
    payoutHolderName: true,
    payoutIban: true,
  });
  const values = parseInput(payoutSchema, input);
  const iban = values.iban ?? shop.payoutIban;
  if (!iban) throw new AppError("VALIDATION", "IBAN required", { iban: "onboarding.errors.ibanRequired" });

  const changedFields: string[] = [];
  if (values.holderName !== shop.payoutHolderName) changedFields.push("payoutHolderName");
  if (iban !== shop.payoutIban) changedFields.push("payoutIban");

  if (payoutChangeNeedsReview(shop)) {
    if (changedFields.length === 0) return { reviewRequested: false, status: shop.status };
    await getDb().$transaction((tx) =>
      requestPayoutChange(tx, actor, shop, { holderName: values.holderName, iban, fields: changedFields }),
    );
    return { reviewRequested: true, status: shop.status };
  }

  return getDb().$transaction(async (tx) => {
    const updated = await tx.shop.updateMany({
      where: { id: shop.id, ownerId: actor.id },
      data: {
        payoutHolderName: values.holderName,
        payoutIban: iban,
        onboardingStep: Math.max(shop.onboardingStep, stepNumber("plan")),
      },
    });
    if (updated.count !== 1) throw new AppError("NOT_FOUND");
    return { reviewRequested: false, status: shop.status };
  });
}
