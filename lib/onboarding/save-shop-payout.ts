import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ShopStatus } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/forms/parse-input";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { payoutSchema, type PayoutInput } from "./payout-schema";
import { needsReviewAfterChange, requestShopReview } from "./request-shop-review";
import { stepNumber } from "./steps";

export type SaveShopPayoutResult = { reviewRequested: boolean; status: ShopStatus };

/**
 * Step 5: the payout account holder and IBAN (checked by its mod-97 checksum, stored normalised).
 * A blank IBAN keeps the stored one. On an approved or suspended shop a real change goes back to
 * review while the shop keeps its status.
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
    const reviewRequested = needsReviewAfterChange(shop.status) && changedFields.length > 0;
    if (reviewRequested) await requestShopReview(tx, actor, shop, { step: "payout", fields: changedFields });
    return { reviewRequested, status: shop.status };
  });
}
