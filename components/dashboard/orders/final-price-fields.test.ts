import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/catalogues";
import { finalAmountField } from "@/lib/orders/rules/final-prices";
import { finalPriceFields } from "./final-price-fields";

// The vendor's ship / hand-over / make-available forms get one price field per estimated line,
// named as the engine reads it and labelled with the estimate and the maximum (docs/domain.md,
// estimated prices).

const pending = [{ id: "line1", title: "Comté 18 mois", estimatedAmount: 1200, maxAmount: 1320 }];

describe("finalPriceFields", () => {
  it("one required field per pending line, with the estimate and the maximum", () => {
    const [field] = finalPriceFields(
      { pendingFinalPrices: pending, currency: "EUR", deliveryMethod: "CLICK_AND_COLLECT" },
      "fr",
      getTranslator("fr"),
    );
    expect(field).toMatchObject({ kind: "text", name: finalAmountField("line1"), required: true });
    expect(field.label).toBe("Prix définitif — Comté 18 mois");
    expect(field.hint).toMatch(/^Estimé 12,00\s€, au plus 13,20\s€\..*comptoir/);
  });

  it("a part that travels is not told of a counter; no pending line, no field", () => {
    const [field] = finalPriceFields(
      { pendingFinalPrices: [{ ...pending[0], maxAmount: 1200 }], currency: "EUR", deliveryMethod: "POSTAL" },
      "en",
      getTranslator("en"),
    );
    expect(field.hint).toBe(
      "Estimated €12.00, at most €12.00. Below the estimate, the difference is refunded automatically.",
    );
    expect(
      finalPriceFields(
        { pendingFinalPrices: [], currency: "EUR", deliveryMethod: "POSTAL" },
        "fr",
        getTranslator("fr"),
      ),
    ).toEqual([]);
  });
});
