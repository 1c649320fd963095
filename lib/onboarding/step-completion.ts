import type { OnboardingStep } from "./steps";

/** The shop fields that decide whether a step holds what a submission needs. */
export type ShopCompletionFields = {
  name: string;
  trade: string;
  description: string;
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
  country: string;
  latitude: number | null;
  longitude: number | null;
  clickAndCollect: boolean;
  courierEnabled: boolean;
  courierRadiusKm: number | null;
  postalEnabled: boolean;
  postalCountries: string[];
  legalType: string | null;
  legalName: string | null;
  identityDocumentKey: string | null;
  payoutHolderName: string | null;
  payoutIban: string | null;
  stripeAccountId: string | null;
  planId: string | null;
};

export const COMPLETION_SELECT = {
  name: true,
  trade: true,
  description: true,
  addressLine: true,
  postalCode: true,
  city: true,
  country: true,
  latitude: true,
  longitude: true,
  clickAndCollect: true,
  courierEnabled: true,
  courierRadiusKm: true,
  postalEnabled: true,
  postalCountries: true,
  legalType: true,
  legalName: true,
  identityDocumentKey: true,
  payoutHolderName: true,
  payoutIban: true,
  stripeAccountId: true,
  planId: true,
} as const;

const filled = (value: string | null | undefined) => typeof value === "string" && value.trim() !== "";

/**
 * Which steps are complete. The review step is complete when every other one is: that is the
 * rule for submitting (a shop cannot be sent for review with a step missing).
 */
export function completedSteps(shop: ShopCompletionFields): Record<OnboardingStep, boolean> {
  const profile = filled(shop.name) && filled(shop.trade) && filled(shop.description);
  const location =
    filled(shop.addressLine) &&
    filled(shop.postalCode) &&
    filled(shop.city) &&
    filled(shop.country) &&
    shop.latitude !== null &&
    shop.longitude !== null;
  const delivery =
    shop.clickAndCollect ||
    (shop.courierEnabled && (shop.courierRadiusKm ?? 0) > 0) ||
    (shop.postalEnabled && shop.postalCountries.length > 0);
  const identity = filled(shop.legalType) && filled(shop.legalName) && filled(shop.identityDocumentKey);
  const payout = (filled(shop.payoutHolderName) && filled(shop.payoutIban)) || filled(shop.stripeAccountId);
  const plan = filled(shop.planId);
  const review = profile && location && delivery && identity && payout && plan;
  return { profile, location, delivery, identity, payout, plan, review };
}

export function missingSteps(shop: ShopCompletionFields): OnboardingStep[] {
  const done = completedSteps(shop);
  return (Object.keys(done) as OnboardingStep[]).filter((step) => step !== "review" && !done[step]);
}
