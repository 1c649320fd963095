import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { LegalEntityType, ShopStatus } from "@/lib/generated/prisma/client";
import { maskIban } from "@/lib/payouts/iban";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { COMPLETION_SELECT, missingSteps } from "./step-completion";
import type { OnboardingStep } from "./steps";
import { SUBMITTABLE_STATUSES } from "./submit-shop";

export type ShopReview = {
  id: string;
  name: string;
  trade: string;
  description: string;
  address: { line: string | null; postalCode: string | null; city: string | null; country: string };
  delivery: {
    clickAndCollect: boolean;
    courierRadiusKm: number | null;
    postalCountries: string[] | null;
    handlingDays: number;
  };
  identity: {
    legalType: LegalEntityType | null;
    legalName: string | null;
    registrationNumber: string | null;
    vatNumber: string | null;
    documentName: string | null;
  };
  payout: { holderName: string | null; maskedIban: string | null; stripeConnected: boolean };
  planName: string | null;
  status: ShopStatus;
  statusReason: string | null;
  changesRequestedMessage: string | null;
  reviewPending: boolean;
  submittedAt: Date | null;
  missing: OnboardingStep[];
  canSubmit: boolean;
};

/** Everything the review step summarises, for the vendor's own shop only (NOT_FOUND otherwise). */
export async function getShopReview(actor: Actor | null, shopId: string): Promise<ShopReview> {
  const shop = await getOwnedShopOrThrow(getDb(), actor, shopId, {
    ...COMPLETION_SELECT,
    id: true,
    handlingDays: true,
    registrationNumber: true,
    vatNumber: true,
    identityDocumentName: true,
    plan: { select: { name: true } },
    status: true,
    statusReason: true,
    changesRequestedMessage: true,
    reviewPending: true,
    submittedAt: true,
  });
  const missing = missingSteps(shop);
  return {
    id: shop.id,
    name: shop.name,
    trade: shop.trade,
    description: shop.description,
    address: { line: shop.addressLine, postalCode: shop.postalCode, city: shop.city, country: shop.country },
    delivery: {
      clickAndCollect: shop.clickAndCollect,
      courierRadiusKm: shop.courierEnabled ? shop.courierRadiusKm : null,
      postalCountries: shop.postalEnabled ? shop.postalCountries : null,
      handlingDays: shop.handlingDays,
    },
    identity: {
      legalType: shop.legalType,
      legalName: shop.legalName,
      registrationNumber: shop.registrationNumber,
      vatNumber: shop.vatNumber,
      documentName: shop.identityDocumentKey ? (shop.identityDocumentName ?? "") : null,
    },
    payout: {
      holderName: shop.payoutHolderName,
      maskedIban: shop.payoutIban ? maskIban(shop.payoutIban) : null,
      stripeConnected: Boolean(shop.stripeAccountId),
    },
    planName: shop.plan?.name ?? null,
    status: shop.status,
    statusReason: shop.statusReason,
    changesRequestedMessage: shop.changesRequestedMessage,
    reviewPending: shop.reviewPending,
    submittedAt: shop.submittedAt,
    missing,
    canSubmit: SUBMITTABLE_STATUSES.includes(shop.status) && missing.length === 0,
  };
}
