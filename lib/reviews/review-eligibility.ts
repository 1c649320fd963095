import type { ShopOrderStatus } from "@/lib/generated/prisma/client";

// Who may review which part, and when (docs/trust.md, reviews). Pure: the facts are read by the
// caller (writeReview, the order page), the rule is here once.

export type ReviewEligibilityFacts = {
  /** the signed-in person, null when signed out */
  viewerId: string | null;
  /** the part's order's account (Order.userId); null for a guest order */
  orderUserId: string | null;
  /** the reviewed shop's owner */
  shopOwnerId: string;
  status: ShopOrderStatus;
  /** the part's timeline holds a step to CONFIRMED (CONFIRM, AUTO_CONFIRM, an escalation decided) */
  confirmedInTimeline: boolean;
  /** a review of this part exists already */
  reviewed: boolean;
};

export type ReviewRefusal =
  /** signed out */
  | "SIGNED_OUT"
  /** a guest order: no account answers for its review */
  | "GUEST_ORDER"
  /** someone else's order */
  | "NOT_BUYER"
  /** the shop's own owner */
  | "OWN_SHOP"
  /** not confirmed (yet) */
  | "NOT_CONFIRMED"
  /** once per part */
  | "ALREADY_REVIEWED";

export type ReviewEligibility = { eligible: true } | { eligible: false; refusal: ReviewRefusal };

/**
 * A part has been confirmed when its timeline says so; a part standing in CONFIRMED was confirmed
 * even when its steps were written without a timeline (imported or demo data). A return asked for
 * afterwards does not take the right away (the step stays in the timeline).
 */
export function isConfirmed(facts: Pick<ReviewEligibilityFacts, "status" | "confirmedInTimeline">): boolean {
  return facts.confirmedInTimeline || facts.status === "CONFIRMED";
}

/** The first reason the viewer may not review the part, in this order; else eligible. */
export function reviewEligibility(facts: ReviewEligibilityFacts): ReviewEligibility {
  const refuse = (refusal: ReviewRefusal): ReviewEligibility => ({ eligible: false, refusal });
  if (facts.viewerId === null) return refuse("SIGNED_OUT");
  if (facts.orderUserId === null) return refuse("GUEST_ORDER");
  if (facts.orderUserId !== facts.viewerId) return refuse("NOT_BUYER");
  if (facts.shopOwnerId === facts.viewerId) return refuse("OWN_SHOP");
  if (!isConfirmed(facts)) return refuse("NOT_CONFIRMED");
  if (facts.reviewed) return refuse("ALREADY_REVIEWED");
  return { eligible: true };
}

/**
 * What the public pages show of the author, taken from User.name when the review is written: the
 * first name and the initial of the last word ("Camille Durand" → "Camille D."); one word stays
 * as it is; an empty name is null (the caller shows its own word for "a shopper").
 */
export function reviewAuthorName(fullName: string): string | null {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  if (words.length === 1) return words[0];
  const initial = Array.from(words[words.length - 1])[0].toLocaleUpperCase("fr");
  return `${words[0]} ${initial}.`;
}
