import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ProductForm, EMPTY_PRODUCT } from "@/components/products/product-form";
import { PhotoManager } from "@/components/products/photo-manager";
import { MessagesProvider } from "@/lib/i18n/client";
import type { Locale } from "@/lib/i18n/config";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { DeliveryForm } from "./delivery-form";
import { IdentityForm } from "./identity-form";
import { LocationForm } from "./location-form";
import { PayoutForm, StripeConnectForm } from "./payout-form";
import { PlanStep } from "./plan-step";
import { EMPTY_PROFILE, ProfileForm } from "./profile-form";
import { ReviewStep } from "./review-step";

// The vendor's forms translate for themselves (docs/i18n.md) with only the namespaces their page
// sends (plus common/errors/forms from the root layout): every word is found, none shows as a key.

const action = async () => ({ status: "idle" as const, fieldErrors: {} });
const ROOT = ["common", "errors", "forms"];

function render(locale: Locale, namespaces: string[], element: ReactElement): string {
  // children in the props object: MessagesProvider's type requires them there
  const props = { locale, messages: pickMessages(locale, [...ROOT, ...namespaces]), children: element };
  return renderToStaticMarkup(createElement(MessagesProvider, props));
}

const NO_HOURS = [[], [], [], [], [], [], []];
const FORMS: [string, string[], ReactElement][] = [
  [
    "profile (create)",
    ["onboarding.profile", "onboarding.newShop"],
    createElement(ProfileForm, { action, values: EMPTY_PROFILE, mode: "create" }),
  ],
  [
    "profile (edit)",
    ["onboarding.profile"],
    createElement(ProfileForm, { action, values: EMPTY_PROFILE, mode: "edit", slug: "la-boutique", nextHref: "/x" }),
  ],
  [
    "location",
    ["onboarding.location"],
    createElement(LocationForm, {
      action,
      values: {
        addressLine: "",
        postalCode: "",
        city: "",
        country: "FR",
        latitude: null,
        longitude: null,
        openingHours: NO_HOURS,
      },
      countries: [{ value: "FR", label: "France" }],
      dayNames: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
      nextHref: "/x",
    }),
  ],
  [
    "delivery",
    ["onboarding.delivery"],
    createElement(DeliveryForm, {
      action,
      values: {
        clickAndCollect: true,
        pickupInstructions: "",
        courierEnabled: false,
        courierRadiusKm: null,
        postalEnabled: false,
        postalCountries: [],
        postageDueOnDelivery: false,
        handlingDays: 1,
      },
      countries: [{ value: "FR", label: "France" }],
      nextHref: "/x",
    }),
  ],
  [
    "identity",
    ["onboarding.identity"],
    createElement(IdentityForm, {
      action,
      values: { legalType: null, legalName: "", registrationNumber: "", vatNumber: "" },
      documentName: "carte.pdf",
      onboarding: true,
    }),
  ],
  [
    "payout",
    ["onboarding.payout"],
    createElement("div", null, [
      createElement(PayoutForm, { key: 1, action, holderName: "", maskedIban: "FR76 •••• 0189", onboarding: false }),
      createElement(StripeConnectForm, { key: 2, action, connected: true, returned: false }),
    ]),
  ],
  [
    "plan",
    ["onboarding.plan"],
    createElement(PlanStep, {
      action,
      options: [{ id: "p1", name: "Essentiel", isDefault: true, isCurrent: true, details: null }],
      selectedPlanId: "p1",
      acceptedPlanName: "Essentiel",
      nextHref: "/x",
    }),
  ],
  ["review", ["onboarding.review"], createElement(ReviewStep, { action, canSubmit: false, resubmit: true })],
  [
    "product",
    ["products.form"],
    createElement(ProductForm, {
      action,
      preview: async () => "",
      currency: "EUR",
      mode: "create",
      values: EMPTY_PRODUCT,
      categories: [],
      shippingClasses: [],
    }),
  ],
  [
    "photos",
    ["products.photos"],
    createElement(PhotoManager, {
      photos: [{ id: "i1", url: "/a.webp", alt: "", width: 10, height: 10, variants: [] }],
      max: 8,
      addAction: action,
      updateAction: action,
    }),
  ],
];

describe("the vendor's forms find their words in the namespaces their page sends", () => {
  for (const [name, namespaces, element] of FORMS) {
    it(`${name}, in French and Persian`, () => {
      for (const locale of ["fr", "fa"] as const) {
        const html = render(locale, namespaces, element);
        expect(html).not.toMatch(/\b(onboarding|products|forms)\.[a-zA-Z]+\.[a-zA-Z]/);
      }
    });
  }

  it("names each opening-hours range by its day and number, in the locale's digits", () => {
    const location = FORMS.find(([name]) => name === "location")!;
    expect(render("fr", location[1], location[2])).toContain('aria-label="lundi, plage 1"');
    expect(render("fa", location[1], location[2])).toMatch(/aria-label="[^"]*lundi[^"]*۱"/);
  });

  it("says the product form's counters and prices with the shop's currency", () => {
    const product = FORMS.find(([name]) => name === "product")!;
    const html = render("fr", product[1], product[2]);
    expect(html).toContain("0 / 120 caractères");
    expect(html).toMatch(/Prix \(€\)/);
  });
});
