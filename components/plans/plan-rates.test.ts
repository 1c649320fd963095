import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/catalogues";
import type { OfferedPlan } from "@/lib/plans/offered-plans";
import { PlanRates, type PlanRatesFees } from "./plan-rates";

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, "\n")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/[\u00a0\u202f]/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

const basePlan: OfferedPlan = {
  id: "plan",
  code: "jewstore",
  name: "Produits et services",
  description: "",
  billing: "MONTHLY",
  currency: "EUR",
  monthlyFeeAmount: 0,
  defaultCommissionBps: 1000,
  commissionFreeSales: 0,
  commissionOnShipping: false,
  paymentFeePassThrough: false,
  termMonths: 1,
  discountBps: 0,
  premium: false,
  active: true,
  position: 0,
  presetKey: null,
  payoutSchedule: null,
  termPriceAmount: 0,
  rules: [],
};

const fees: PlanRatesFees = { paymentFeeBps: 150, paymentFeeFixedAmount: 25, paymentFeePassedOn: false, feesVatBps: 0 };

function render(plan: Partial<OfferedPlan>, feeOverrides: Partial<PlanRatesFees> = {}, locale: "fr" | "en" = "fr") {
  return plain(
    renderToStaticMarkup(
      createElement(PlanRates, {
        plan: { ...basePlan, ...plan },
        fees: { ...fees, ...feeOverrides },
        locale,
        t: getTranslator(locale),
      }),
    ),
  );
}

describe("PlanRates", () => {
  it("lists the default commission, each rule by category and kind, and the precedence", () => {
    const lines = render({
      paymentFeePassThrough: true,
      rules: [
        {
          id: "r1",
          productKind: null,
          categoryId: "c1",
          categoryNames: { fr: "Bijoux", en: "Jewellery" },
          rateBps: 1500,
        },
        { id: "r2", productKind: "SERVICE", categoryId: null, categoryNames: null, rateBps: 2000 },
      ],
    });
    expect(lines).toEqual([
      "Pas d'abonnement : rien à payer sans vente.",
      "Commission par défaut : 10 % de chaque vente sans règle particulière.",
      "15 % sur la catégorie « Bijoux » et ses sous-catégories.",
      "20 % sur les services.",
      "Pas de commission sur les frais de livraison.",
      "Frais de paiement à votre charge : 1,5 % + 0,25 € par commande, répartis entre les boutiques de la commande.",
      "Une règle de catégorie l'emporte sur une règle par type de produit, qui l'emporte sur la commission par défaut.",
    ]);
  });

  it("shows a monthly fee with VAT, free first sales, commissioned shipping and the premium badge", () => {
    const lines = render(
      {
        monthlyFeeAmount: 3999,
        termPriceAmount: 3999,
        commissionFreeSales: 10,
        commissionOnShipping: true,
        premium: true,
      },
      { feesVatBps: 2000 },
      "en",
    );
    expect(lines).toContain("Premium");
    expect(lines).toContain(
      "Subscription: €39.99 excl. VAT a month (€47.99 incl. VAT), charged on the 1st (the first month prorated).",
    );
    expect(lines).toContain("Commission: 10% of each sale.");
    expect(lines).toContain("Commission is also taken on delivery fees, at the default rate (10%).");
    expect(lines).toContain("Your first 10 sales carry no commission; it applies from the next one.");
    expect(lines).toContain("Plus VAT of 20% on the commission and the subscription.");
    expect(lines).toContain("Payment fees are paid by the marketplace.");
  });

  it("shows a fixed term's price and discount, and no commission", () => {
    const lines = render({
      billing: "FIXED_TERM",
      monthlyFeeAmount: 2000,
      termMonths: 12,
      discountBps: 2000,
      termPriceAmount: 19200,
      defaultCommissionBps: 0,
    });
    expect(lines.slice(0, 3)).toEqual([
      "Location de 12 mois : 192,00 € HT, payée d'avance.",
      "Soit 20 % de remise sur 240,00 € (20,00 € HT par mois).",
      "Aucune commission sur les ventes.",
    ]);
  });
});
