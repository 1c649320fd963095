// The seven steps of shop onboarding, in order. Each has a page under
// /dashboard/shops/[shopId]/setup/<slug>; step 1 for a new shop is /dashboard/shops/new.
export const ONBOARDING_STEPS = ["profile", "location", "delivery", "identity", "payout", "plan", "review"] as const;

export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

/** 1-based number of a step, as stored in Shop.onboardingStep. */
export function stepNumber(step: OnboardingStep): number {
  return ONBOARDING_STEPS.indexOf(step) + 1;
}

export function stepAt(number: number): OnboardingStep {
  const index = Math.min(Math.max(Math.trunc(number), 1), ONBOARDING_STEPS.length) - 1;
  return ONBOARDING_STEPS[index];
}

export function nextStep(step: OnboardingStep): OnboardingStep | null {
  return ONBOARDING_STEPS[stepNumber(step)] ?? null;
}

export function setupPath(shopId: string, step: OnboardingStep): string {
  return `/dashboard/shops/${shopId}/setup/${step}`;
}
