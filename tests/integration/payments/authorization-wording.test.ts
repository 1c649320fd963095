// Capture on acceptance (docs/domain.md, capture): the shopper's card is only authorized at
// checkout, charged once the shops accept. The test payment page's data and the confirmation
// e-mails (read from a real SMTP server on loopback) say "authorize", not "pay"; a charge at
// checkout keeps "Payer …" and "Total payé".
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/catalogues";
import { deliverPendingEmails } from "@/lib/notifications/deliver-pending-emails";
import { confirmOrderPayment } from "@/lib/orders/confirm-order-payment";
import { getOrderForViewer } from "@/lib/orders/get-order-for-viewer";
import { orderTotalLabelKey, testPaymentWords } from "@/lib/payments/payment-wording";
import { startSmtpCatcher, type SmtpCatcher } from "../../support/smtp-catcher";
import { placedOrder, twoShops, type Shops } from "../orders/order-fixtures";

let smtp: SmtpCatcher;
let shops: Shops;
const db = () => getDb();
const fr = getTranslator("fr");

beforeAll(async () => {
  process.env.APP_URL = "https://halle.test";
  smtp = await startSmtpCatcher();
});

beforeEach(async () => {
  shops = await twoShops();
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

async function orderIn(captureMode: "AT_CHECKOUT" | "ON_ACCEPTANCE") {
  const placed = await placedOrder(shops);
  await db().order.update({ where: { id: placed.order.id }, data: { captureMode } });
  return placed;
}

/** What the test payment page shows of an unpaid order: its title, total and button. */
async function payPage(placed: Awaited<ReturnType<typeof orderIn>>) {
  const order = await getOrderForViewer(placed.shopper, undefined, placed.order.id);
  const words = testPaymentWords(order.captureMode);
  return {
    title: fr(words.title, { number: order.number }),
    intro: words.intro ? fr(words.intro) : null,
    total: fr(orderTotalLabelKey(order, false)),
    submit: fr(words.submit, { amount: "43,90 €" }),
  };
}

async function confirmationMails(placed: Awaited<ReturnType<typeof orderIn>>) {
  process.env.SMTP_URL = smtp.url;
  await deliverPendingEmails({ limit: 500 });
  smtp.received.length = 0;
  const outcome = await confirmOrderPayment({
    orderId: placed.order.id,
    provider: "test",
    reference: placed.order.paymentReference!,
    amountReceived: placed.order.totalAmount,
    currency: "EUR",
  });
  expect(outcome.status).toBe("confirmed");
  await deliverPendingEmails({ limit: 500 });
  const to = (address: string) => smtp.received.filter((received) => received.envelopeTo.includes(address));
  return { shopper: to(placed.order.email), bakery: to(shops.bakery.email!) };
}

describe("an order whose card is only authorized (ON_ACCEPTANCE)", () => {
  it("the test payment page asks to authorize, not to pay", async () => {
    const page = await payPage(await orderIn("ON_ACCEPTANCE"));
    expect(page.submit).toBe("Autoriser 43,90 €");
    expect(page.title).toMatch(/^Autorisation de paiement/);
    expect(page.intro).toMatch(/rien n'est débité maintenant/);
    expect(page.total).toBe("Montant à autoriser");
  });

  it("the shopper's confirmation e-mail says the amount is authorized, charged once the shops accept", async () => {
    const placed = await orderIn("ON_ACCEPTANCE");
    const { shopper, bakery } = await confirmationMails(placed);
    expect(shopper).toHaveLength(1);
    const text = shopper[0].mail.text ?? "";
    expect(text).toMatch(/un montant de 43,90\s€ est autorisé sur votre carte : il n'est pas encore débité/);
    expect(text).toMatch(/Montant autorisé \(débité quand les boutiques acceptent\) : 43,90\s€/);
    expect(text).not.toMatch(/Total payé|paiement de 43,90\s€ .* a bien été reçu/);
    expect(bakery).toHaveLength(1);
    expect(bakery[0].mail.text).toContain("paiement autorisé");
    expect(bakery[0].mail.text).not.toContain("a été payée");
  });
});

describe("an order charged at checkout (AT_CHECKOUT)", () => {
  it("keeps Payer … and Total payé", async () => {
    const placed = await orderIn("AT_CHECKOUT");
    const page = await payPage(placed);
    expect(page.submit).toBe("Payer 43,90 €");
    expect(page.intro).toBeNull();
    expect(page.total).toBe("Total à payer");
    const { shopper } = await confirmationMails(placed);
    expect(shopper[0].mail.text).toMatch(/Total payé : 43,90\s€/);
    expect(shopper[0].mail.text).not.toContain("autorisé");
  });
});
