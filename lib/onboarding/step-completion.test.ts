import { describe, expect, it } from "vitest";
import { completedSteps, missingSteps, type ShopCompletionFields } from "./step-completion";

const complete: ShopCompletionFields = {
  name: "Le Fournil",
  trade: "Boulangerie",
  description: "Pain au levain",
  addressLine: "1 rue Colbert",
  postalCode: "17300",
  city: "Rochefort",
  country: "FR",
  latitude: 45.94,
  longitude: -0.96,
  clickAndCollect: true,
  courierEnabled: false,
  courierRadiusKm: null,
  postalEnabled: false,
  postalCountries: [],
  legalType: "COMPANY",
  legalName: "Fournil SARL",
  identityDocumentKey: "kyc/abc.pdf",
  payoutHolderName: "Fournil SARL",
  payoutIban: "FR7630006000011234567890189",
  stripeAccountId: null,
  planId: "plan_1",
};

describe("completedSteps", () => {
  it("a complete shop can be submitted", () => {
    expect(completedSteps(complete).review).toBe(true);
    expect(missingSteps(complete)).toEqual([]);
  });

  it("names each missing step, and the review step waits for all of them", () => {
    const shop = { ...complete, description: " ", latitude: null, identityDocumentKey: null };
    expect(missingSteps(shop)).toEqual(["profile", "location", "identity"]);
    expect(completedSteps(shop).review).toBe(false);
  });

  it("needs at least one usable delivery mode", () => {
    expect(missingSteps({ ...complete, clickAndCollect: false })).toEqual(["delivery"]);
    expect(missingSteps({ ...complete, clickAndCollect: false, courierEnabled: true, courierRadiusKm: 0 })).toEqual([
      "delivery",
    ]);
    expect(missingSteps({ ...complete, clickAndCollect: false, courierEnabled: true, courierRadiusKm: 10 })).toEqual(
      [],
    );
    expect(missingSteps({ ...complete, clickAndCollect: false, postalEnabled: true, postalCountries: [] })).toEqual([
      "delivery",
    ]);
    expect(missingSteps({ ...complete, clickAndCollect: false, postalEnabled: true, postalCountries: ["FR"] })).toEqual(
      [],
    );
  });

  it("accepts a Stripe account instead of an IBAN", () => {
    expect(missingSteps({ ...complete, payoutIban: null })).toEqual(["payout"]);
    expect(missingSteps({ ...complete, payoutIban: null, stripeAccountId: "acct_1" })).toEqual([]);
  });
});
