import { describe, expect, it } from "vitest";
import type { EmailTemplates, OrderEmailPart } from "@/lib/notifications/templates";
import { renderEmail } from "./render-email";

// One wording for a delivery that costs nothing, and no payment-fee line when there is no fee
// (a vendor once read "Frais de paiement : -0,00 €").

const pickupPart: OrderEmailPart = {
  shopName: "Fournil",
  deliveryMethod: "CLICK_AND_COLLECT",
  deliveryFeeAmount: 0,
  postageDue: false,
  itemsAmount: 1000,
  pickupAddress: "12 rue des Halles, 69001 Lyon",
  pickupInstructions: null,
  note: null,
  lines: [{ title: "Pain", quantity: 2, unitPriceAmount: 500, lineAmount: 1000, estimatedPrice: false }],
};

const received = (paymentFeeAmount: number): EmailTemplates["order.received"] => ({
  captureMode: "AT_CHECKOUT",
  shopName: "Fournil",
  orderNumber: "H-000123",
  currency: "EUR",
  customerName: "Marc",
  customerEmail: "marc@example.fr",
  customerPhone: null,
  shippingAddress: [],
  part: pickupPart,
  commissionAmount: 100,
  paymentFeeAmount,
  netAmount: 900 - paymentFeeAmount,
  orderUrl: "https://halle.test/dashboard/orders/so1",
});

const confirmed: EmailTemplates["order.confirmed"] = {
  captureMode: "AT_CHECKOUT",
  customerName: "Marc",
  orderNumber: "H-000123",
  currency: "EUR",
  itemsAmount: 1000,
  shippingAmount: 0,
  totalAmount: 1000,
  shippingAddress: [],
  parts: [pickupPart],
  orderUrl: "https://halle.test/account/orders/o1",
};

describe("order e-mails", () => {
  it("the vendor's amounts have no payment-fee line when the fee is 0, and one when there is a fee", () => {
    const none = renderEmail("order.received", received(0), "fr").text;
    expect(none).toContain("Commission : -1,00");
    expect(none).not.toContain("Frais de paiement");
    expect(none).not.toMatch(/-0,00/);
    expect(none).toContain("Montant qui vous revient : 9,00");
    const some = renderEmail("order.received", received(18), "fr").text;
    expect(some).toMatch(/Frais de paiement : -0,18\s€/);
    expect(renderEmail("order.received", received(0), "en").text).not.toContain("Payment fee");
  });

  it("a free delivery reads the same in the shop's part and in the totals, never 0,00 €", () => {
    const text = renderEmail("order.confirmed", confirmed, "fr").text;
    expect(text).toContain("Livraison : Gratuit");
    expect(text).not.toMatch(/Livraison : 0,00/);
    expect(text.match(/Livraison : Gratuit/g)).toHaveLength(2);
    const vendor = renderEmail("order.received", received(0), "fr").text;
    expect(vendor).toContain("Livraison : Gratuit");
  });

  it("a click & collect order without an address shows no delivery address", () => {
    expect(renderEmail("order.confirmed", confirmed, "fr").text).not.toContain("Adresse de livraison");
  });

  it("capture on acceptance: the shopper reads an authorization, charged once the shops accept, never 'paid'", () => {
    const authorized = { ...confirmed, captureMode: "ON_ACCEPTANCE" } as const;
    const fr = renderEmail("order.confirmed", authorized, "fr").text;
    expect(fr).toMatch(/un montant de 10,00\s€ est autorisé sur votre carte/);
    expect(fr).toMatch(/Montant autorisé \(débité quand les boutiques acceptent\) : 10,00\s€/);
    expect(fr).not.toMatch(/Total payé|Votre paiement/);
    const en = renderEmail("order.confirmed", authorized, "en").text;
    expect(en).toMatch(/is authorized on your card: it is not charged yet/);
    expect(en).not.toMatch(/Total paid|Your payment/);
    const vendor = renderEmail("order.received", { ...received(0), captureMode: "ON_ACCEPTANCE" }, "fr").text;
    expect(vendor).toContain("paiement autorisé");
    expect(vendor).not.toContain("a été payée");
  });
});
