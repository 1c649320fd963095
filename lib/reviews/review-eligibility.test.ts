import { describe, expect, it } from "vitest";
import type { ShopOrderStatus } from "@/lib/generated/prisma/client";
import { reviewAuthorName, reviewEligibility, type ReviewRefusal } from "./review-eligibility";

// docs/trust.md, reviews: who and when. Every part status × confirmed in the timeline or not ×
// the viewer (the order's shopper, a guest order, someone else, the shop's owner, signed out).

const STATUSES: ShopOrderStatus[] = [
  "AWAITING_PAYMENT",
  "AWAITING_ACCEPTANCE",
  "ACCEPTED",
  "SHIPPED",
  "READY_FOR_PICKUP",
  "DELIVERED",
  "CONFIRMED",
  "REFUSED",
  "EXPIRED",
  "CANCELLED",
  "RETURN_REQUESTED",
  "RETURN_ACCEPTED",
  "RETURN_REFUSED",
  "ESCALATED",
  "RETURNED",
];

type Viewer = "buyer" | "guestOrder" | "other" | "shopOwner" | "ownerBuyer" | "signedOut";
const VIEWERS: Viewer[] = ["buyer", "guestOrder", "other", "shopOwner", "ownerBuyer", "signedOut"];

function facts(viewer: Viewer, status: ShopOrderStatus, confirmedInTimeline: boolean, reviewed = false) {
  const ids = {
    buyer: { viewerId: "u-buyer", orderUserId: "u-buyer", shopOwnerId: "u-owner" },
    guestOrder: { viewerId: "u-buyer", orderUserId: null, shopOwnerId: "u-owner" },
    other: { viewerId: "u-other", orderUserId: "u-buyer", shopOwnerId: "u-owner" },
    shopOwner: { viewerId: "u-owner", orderUserId: "u-buyer", shopOwnerId: "u-owner" },
    ownerBuyer: { viewerId: "u-owner", orderUserId: "u-owner", shopOwnerId: "u-owner" },
    signedOut: { viewerId: null, orderUserId: "u-buyer", shopOwnerId: "u-owner" },
  }[viewer];
  return { ...ids, status, confirmedInTimeline, reviewed };
}

/** Hand-written: what each viewer gets, whatever the status, when the part is confirmed or not. */
const EXPECTED_BY_VIEWER: Record<Viewer, ReviewRefusal | "confirmed-only"> = {
  buyer: "confirmed-only",
  guestOrder: "GUEST_ORDER",
  other: "NOT_BUYER",
  shopOwner: "NOT_BUYER",
  ownerBuyer: "OWN_SHOP",
  signedOut: "SIGNED_OUT",
};

const rows = STATUSES.flatMap((status) =>
  VIEWERS.flatMap((viewer) => [true, false].map((confirmed) => [status, viewer, confirmed] as const)),
);

describe("reviewEligibility", () => {
  it.each(rows)("%s, %s, confirmed in the timeline: %s", (status, viewer, confirmedInTimeline) => {
    const expected = EXPECTED_BY_VIEWER[viewer];
    const result = reviewEligibility(facts(viewer, status, confirmedInTimeline));
    if (expected !== "confirmed-only") {
      expect(result).toEqual({ eligible: false, refusal: expected });
      return;
    }
    // A step to CONFIRMED in the timeline keeps the right through a later return; a part standing
    // in CONFIRMED was confirmed even without its step.
    const confirmed = confirmedInTimeline || status === "CONFIRMED";
    expect(result).toEqual(confirmed ? { eligible: true } : { eligible: false, refusal: "NOT_CONFIRMED" });
  });

  it("refuses a second review of the same part, confirmed or not", () => {
    expect(reviewEligibility(facts("buyer", "CONFIRMED", true, true))).toEqual({
      eligible: false,
      refusal: "ALREADY_REVIEWED",
    });
    expect(reviewEligibility(facts("buyer", "RETURNED", true, true))).toEqual({
      eligible: false,
      refusal: "ALREADY_REVIEWED",
    });
  });

  it("gives the right to the buyer of a confirmed part returned afterwards", () => {
    for (const status of ["RETURN_REQUESTED", "RETURN_ACCEPTED", "RETURNED", "ESCALATED"] as const)
      expect(reviewEligibility(facts("buyer", status, true))).toEqual({ eligible: true });
  });
});

describe("reviewAuthorName", () => {
  it.each([
    ["Camille Durand", "Camille D."],
    ["  Marc   Petit  ", "Marc P."],
    ["Jean-Pierre de la Fontaine", "Jean-Pierre F."],
    ["Léa élodie", "Léa É."],
    ["Ali", "Ali"],
    ["", null],
    ["   ", null],
  ])("%j → %j", (name, expected) => {
    expect(reviewAuthorName(name)).toBe(expected);
  });
});
