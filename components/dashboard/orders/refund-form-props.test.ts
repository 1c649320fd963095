import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/catalogues";
import { formatMoney } from "@/lib/money/format-money";
import { refundFormLines } from "./refund-form-props";

// The refund form names an estimated line once priced by its final amount (docs/domain.md,
// estimated prices): what a refund of its units is based on, not the estimate.

const money = (amount: number) => formatMoney(amount, "EUR", "fr");
const bread = { id: "l1", title: "Pain", unitPriceAmount: 450, quantity: 2, refundedQuantity: 0, lineAmount: 900 };

describe("refundFormLines", () => {
  it("labels a line by its unit price", () => {
    const [line] = refundFormLines([{ ...bread, finalLineAmount: null }], money, getTranslator("fr"));
    expect(line.label).toMatch(/^Pain \(4,50\s€ l’unité\)/);
  });

  it("labels an estimated line once priced by its final amount, not its unit estimate", () => {
    const [fr] = refundFormLines([{ ...bread, finalLineAmount: 810 }], money, getTranslator("fr"));
    expect(fr.label).toMatch(/montant définitif : 8,10\s€ pour 2/);
    expect(fr.label).not.toMatch(/4,50/);
    const [en] = refundFormLines([{ ...bread, finalLineAmount: 810 }], money, getTranslator("en"));
    expect(en.label).toMatch(/final amount: 8,10\s€ for 2/);
  });
});
