import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ShopStatus } from "@/lib/generated/prisma/enums";
import {
  minimumPayoutOf,
  PAYOUT_BLOCKERS,
  payoutBlockersOf,
  payoutMethodOf,
  type PayoutBlockerFacts,
} from "./blockers";

// docs/payouts.md, blockers: why a shop gets no payout, in the order a vendor should deal with them.

const IBAN = "FR7630006000011234567890189";
const APPROVED_AT = new Date("2026-10-01T10:00:00+02:00");

describe("payoutMethodOf", () => {
  it.each([
    ["Stripe account, Stripe configured", { stripeAccountId: "acct_1", payoutIban: IBAN }, true, "STRIPE"],
    ["Stripe account, no IBAN", { stripeAccountId: "acct_1", payoutIban: null }, true, "STRIPE"],
    [
      "Stripe account, Stripe not configured: the IBAN",
      { stripeAccountId: "acct_1", payoutIban: IBAN },
      false,
      "BANK_TRANSFER",
    ],
    ["no Stripe account: the IBAN", { stripeAccountId: null, payoutIban: IBAN }, true, "BANK_TRANSFER"],
    [
      "an IBAN written with spaces",
      { stripeAccountId: null, payoutIban: "fr76 3000 6000 0112 3456 7890 189" },
      false,
      "BANK_TRANSFER",
    ],
    [
      "an IBAN with a wrong check digit",
      { stripeAccountId: null, payoutIban: "FR7730006000011234567890189" },
      false,
      null,
    ],
    ["an empty IBAN", { stripeAccountId: null, payoutIban: "" }, false, null],
    ["nothing", { stripeAccountId: null, payoutIban: null }, true, null],
    ["Stripe account, Stripe not configured, no IBAN", { stripeAccountId: "acct_1", payoutIban: null }, false, null],
  ] as const)("%s → %s", (_why, shop, stripeConfigured, method) => {
    expect(payoutMethodOf(shop, stripeConfigured)).toBe(method);
  });
});

const ok: PayoutBlockerFacts = {
  status: "APPROVED",
  approvedAt: APPROVED_AT,
  reviewPending: false,
  method: "BANK_TRANSFER",
  hasLateOrder: false,
  available: 5_000,
  minimum: 0,
};

describe("payoutBlockersOf", () => {
  it.each<[string, Partial<PayoutBlockerFacts>, string[]]>([
    ["an approved shop with money and an account", {}, []],
    ["paid by Stripe", { method: "STRIPE" }, []],
    ["a lapsed shop: its money is still owed", { status: "LAPSED" }, []],
    ["a closed shop: its money is still owed", { status: "CLOSED" }, []],
    ["suspended", { status: "SUSPENDED" }, ["shopSuspended"]],
    ["never approved", { status: "PENDING", approvedAt: null }, ["identityNotVerified"]],
    ["a change awaits review", { reviewPending: true }, ["identityNotVerified"]],
    ["no account", { method: null }, ["noBankAccount"]],
    ["an order past its ship deadline", { hasLateOrder: true }, ["lateOrder"]],
    ["exactly the minimum", { minimum: 5_000 }, []],
    ["one cent under the minimum", { minimum: 5_001 }, ["belowMinimum"]],
    ["nothing available, no minimum", { available: 0 }, ["belowMinimum"]],
    ["one cent, no minimum", { available: 1 }, []],
    ["a negative balance", { available: -2_280 }, ["belowMinimum"]],
    ["a negative minimum is one cent", { available: 1, minimum: -500 }, []],
    [
      "everything at once, in order",
      { status: "SUSPENDED", reviewPending: true, method: null, hasLateOrder: true, available: -1 },
      ["shopSuspended", "identityNotVerified", "noBankAccount", "lateOrder", "belowMinimum"],
    ],
  ])("%s → %j", (_why, facts, blockers) => {
    expect(payoutBlockersOf({ ...ok, ...facts })).toEqual(blockers);
  });

  it("lists blockers in PAYOUT_BLOCKERS order, each once, and none exactly when the shop is paid", () => {
    const statuses: ShopStatus[] = ["DRAFT", "PENDING", "APPROVED", "REJECTED", "SUSPENDED", "LAPSED", "CLOSED"];
    fc.assert(
      fc.property(
        fc.record({
          status: fc.constantFrom(...statuses),
          approvedAt: fc.option(fc.constant(APPROVED_AT), { nil: null }),
          reviewPending: fc.boolean(),
          method: fc.constantFrom("STRIPE" as const, "BANK_TRANSFER" as const, null),
          hasLateOrder: fc.boolean(),
          available: fc.integer({ min: -1_000_000, max: 1_000_000 }),
          minimum: fc.integer({ min: 0, max: 100_000 }),
        }),
        (facts) => {
          const blockers = payoutBlockersOf(facts);
          const positions = blockers.map((blocker) => PAYOUT_BLOCKERS.indexOf(blocker));
          expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
          const paid =
            facts.status !== "SUSPENDED" &&
            facts.approvedAt !== null &&
            !facts.reviewPending &&
            facts.method !== null &&
            !facts.hasLateOrder &&
            facts.available >= minimumPayoutOf(facts.minimum);
          expect(blockers.length === 0).toBe(paid);
          if (facts.available < 1) expect(blockers).toContain("belowMinimum");
        },
      ),
    );
  });
});
