import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { confirmOrderPayment } from "@/lib/orders/confirm-order-payment";
import { declineOrderPayment } from "@/lib/orders/decline-order-payment";
import { getDb } from "@/lib/db";
import { deliverPendingEmails } from "@/lib/notifications/deliver-pending-emails";
import { startSmtpCatcher, type SmtpCatcher } from "../../support/smtp-catcher";
import { paymentSnapshot, placedOrder, twoShops, type Shops } from "../orders/order-fixtures";

let smtp: SmtpCatcher;
let shops: Shops;

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  process.env.SMTP_URL = smtp.url;
  process.env.APP_URL = "https://halle.test";
});

beforeEach(async () => {
  await getDb().emailMessage.deleteMany();
  smtp.received.length = 0;
  shops = await twoShops();
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

const payment = (
  order: { id: string; paymentReference: string | null; totalAmount: number },
  over: Partial<Parameters<typeof confirmOrderPayment>[0]> = {},
) => ({
  orderId: order.id,
  provider: "test" as const,
  reference: order.paymentReference ?? "",
  amountReceived: order.totalAmount,
  currency: "EUR",
  ...over,
});

const textOf = (to: string) => {
  const mail = smtp.received.find((received) => received.envelopeTo.includes(to));
  if (!mail) throw new Error(`no e-mail to ${to}`);
  return {
    subject: mail.mail.subject ?? "",
    text: mail.mail.text ?? "",
    html: typeof mail.mail.html === "string" ? mail.mail.html : "",
  };
};

describe("confirmOrderPayment", () => {
  it("marks the order and every shop part paid, writes each shop's ledger, empties the paid products from the cart", async () => {
    const { order, cart } = await placedOrder(shops);
    expect(await confirmOrderPayment(payment(order))).toEqual({ status: "confirmed" });

    const db = getDb();
    const paid = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(paid.status).toBe("PAID");
    expect(paid.paidAt).toBeInstanceOf(Date);
    const parts = await db.shopOrder.findMany({ where: { orderId: order.id } });
    expect(parts.map((part) => part.status)).toEqual(["AWAITING_ACCEPTANCE", "AWAITING_ACCEPTANCE"]);

    const entries = await db.ledgerEntry.findMany({
      where: { shopOrder: { orderId: order.id } },
      orderBy: { amount: "desc" },
    });
    const of = (shopId: string) =>
      entries.filter((entry) => entry.shopId === shopId).map((entry) => [entry.type, entry.amount]);
    expect(of(shops.bakery.id)).toEqual([
      ["SALE", 900],
      ["COMMISSION", -90],
    ]);
    expect(of(shops.pottery.id)).toEqual([
      ["SALE", 2800],
      ["SHIPPING", 690],
      ["PAYMENT_FEE", -77],
      ["COMMISSION", -280],
    ]);
    expect(entries.every((entry) => entry.availableAt === null && entry.memo === order.number)).toBe(true);
    for (const part of parts) {
      const sum = entries
        .filter((entry) => entry.shopOrderId === part.id)
        .reduce((total, entry) => total + entry.amount, 0);
      expect(sum).toBe(part.itemsAmount + part.deliveryFeeAmount - part.commissionAmount - part.paymentFeeAmount);
    }

    // Only the ordered products and their shops' choices leave the cart.
    expect(await db.cartLine.findMany({ where: { cartId: cart.id }, select: { productId: true } })).toEqual([
      { productId: shops.vase.id },
    ]);
    expect(await db.cartShopChoice.count({ where: { cartId: cart.id } })).toBe(0);
    // Stock stays taken (it was reserved at checkout).
    expect((await db.product.findUniqueOrThrow({ where: { id: shops.bread.id } })).stock).toBe(8);
    expect(await db.auditLog.count({ where: { entityId: order.id, action: "order.paid" } })).toBe(1);
  });

  it("sends the shopper one e-mail covering both shops, and each vendor only its own part with the customer's details", async () => {
    const { order, shopper } = await placedOrder(shops);
    await confirmOrderPayment(payment(order));
    expect(await deliverPendingEmails()).toMatchObject({ sent: 3, failed: 0 });
    expect(smtp.received).toHaveLength(3);

    const shopperMail = textOf(shopper!.email);
    expect(shopperMail.subject).toContain(order.number);
    for (const text of [
      shops.bakery.name,
      shops.pottery.name,
      "Pain de campagne",
      "Bol en grès",
      "Retrait en boutique",
      "Envoi postal",
      "12 rue des Halles, 69001 Lyon",
      "Sonnez à la porte de côté",
      "3 rue Mercière",
      "Je passe samedi matin",
    ]) {
      expect(shopperMail.text).toContain(text);
    }
    expect(shopperMail.text).toMatch(/Total payé : 43,90\s€/);
    expect(shopperMail.text).toMatch(/Livraison : 6,90\s€/);
    expect(shopperMail.text).toContain(`/account/orders/${order.id}`);

    const bakeryMail = textOf(shops.bakery.email!);
    expect(bakeryMail.subject).toContain(shops.bakery.name);
    for (const text of ["Pain de campagne", shopper!.name, shopper!.email, "06 12 34 56 78", "Je passe samedi matin"])
      expect(bakeryMail.text).toContain(text);
    expect(bakeryMail.text).not.toContain("Bol en grès");
    expect(bakeryMail.text).not.toContain(shops.pottery.name);
    expect(bakeryMail.text).toMatch(/Montant qui vous revient : 8,10\s€/);

    // The pottery has no public e-mail: its owner gets it, with the delivery address.
    const potteryMail = textOf(shops.potterVendor.email);
    for (const text of ["Bol en grès", "3 rue Mercière", "69002 Lyon", shopper!.email])
      expect(potteryMail.text).toContain(text);
    expect(potteryMail.text).not.toContain("Pain de campagne");
    expect(potteryMail.text).not.toContain("Je passe samedi matin");
    expect(potteryMail.text).toMatch(/Montant qui vous revient : 31,33\s€/);
  });

  it("is idempotent: a second confirmation changes nothing and sends nothing more", async () => {
    const { order, cart } = await placedOrder(shops);
    await confirmOrderPayment(payment(order));
    const before = await paymentSnapshot(order.id, cart.id);
    expect(await confirmOrderPayment(payment(order))).toEqual({ status: "already-paid" });
    expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
  });

  it("handles an event id once, even when delivered twice at the same time", async () => {
    const { order, cart } = await placedOrder(shops);
    const outcomes = await Promise.all([
      confirmOrderPayment(payment(order, { eventId: "evt_1" })),
      confirmOrderPayment(payment(order, { eventId: "evt_1" })),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["already-processed", "confirmed"]);
    const snapshot = await paymentSnapshot(order.id, cart.id);
    expect(snapshot.ledger).toBe(6);
    expect(snapshot.emails).toBe(3);
    expect(snapshot.events).toBe(1);
  });

  it("applies a double submit once (no event id): one confirmation, the other finds it paid", async () => {
    const { order, cart } = await placedOrder(shops);
    const outcomes = await Promise.all([confirmOrderPayment(payment(order)), confirmOrderPayment(payment(order))]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["already-paid", "confirmed"]);
    const snapshot = await paymentSnapshot(order.id, cart.id);
    expect([snapshot.ledger, snapshot.emails]).toEqual([6, 3]);
  });

  it("lets exactly one of a payment and a release racing each other win", async () => {
    const { order } = await placedOrder(shops);
    const [confirmed, released] = await Promise.all([
      confirmOrderPayment(payment(order)),
      declineOrderPayment(order.id),
    ]);
    const db = getDb();
    if (released) {
      expect(confirmed).toEqual({ status: "order-gone" });
      expect(await db.order.count({ where: { id: order.id } })).toBe(0);
      expect((await db.product.findUniqueOrThrow({ where: { id: shops.bread.id } })).stock).toBe(10);
      expect(await db.ledgerEntry.count({ where: { shopId: { in: [shops.bakery.id, shops.pottery.id] } } })).toBe(0);
    } else {
      expect(confirmed).toEqual({ status: "confirmed" });
      expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
      expect((await db.product.findUniqueOrThrow({ where: { id: shops.bread.id } })).stock).toBe(8);
    }
  });

  it.each([
    ["an amount that is not the order's total", { amountReceived: 4389 }, "AMOUNT_MISMATCH"],
    ["another currency", { currency: "USD" }, "CURRENCY_MISMATCH"],
    ["another payment's reference", { reference: "test_other" }, "REFERENCE_MISMATCH"],
  ] as const)("refuses %s and leaves the order unpaid", async (_label, over, reason) => {
    const { order, cart } = await placedOrder(shops);
    const before = await paymentSnapshot(order.id, cart.id);
    expect(await confirmOrderPayment(payment(order, over))).toEqual({ status: "refused", reason });
    expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
    expect(await getDb().auditLog.count({ where: { entityId: order.id, action: "payment.refused", reason } })).toBe(1);
  });

  it("does not resurrect a released order when its payment arrives late: it records it", async () => {
    const { order } = await placedOrder(shops);
    expect(await declineOrderPayment(order.id)).toBe(true);
    const stock = await getDb().product.findMany({ orderBy: { id: "asc" }, select: { stock: true } });
    expect(await confirmOrderPayment(payment(order, { eventId: "evt_late" }))).toEqual({ status: "order-gone" });
    expect(await getDb().order.count({ where: { id: order.id } })).toBe(0);
    expect(await getDb().product.findMany({ orderBy: { id: "asc" }, select: { stock: true } })).toEqual(stock);
    expect(await getDb().auditLog.count({ where: { entityId: order.id, action: "payment.orphaned" } })).toBe(1);
    expect(await getDb().emailMessage.count()).toBe(0);
  });
});

describe("declineOrderPayment", () => {
  it("leaves no order, gives the stock back and keeps the cart intact", async () => {
    const { order, cart } = await placedOrder(shops);
    const db = getDb();
    expect(await declineOrderPayment(order.id)).toBe(true);
    expect(await db.order.count({ where: { id: order.id } })).toBe(0);
    expect(await db.shopOrder.count({ where: { orderId: order.id } })).toBe(0);
    expect((await db.product.findUniqueOrThrow({ where: { id: shops.bread.id } })).stock).toBe(10);
    expect((await db.product.findUniqueOrThrow({ where: { id: shops.bowl.id } })).stock).toBe(10);
    expect(await db.cartLine.count({ where: { cartId: cart.id } })).toBe(3);
    expect(await db.cartShopChoice.count({ where: { cartId: cart.id } })).toBe(2);
    expect(await db.emailMessage.count()).toBe(0);
    expect(await declineOrderPayment(order.id)).toBe(false);
  });

  it("does nothing to a paid order", async () => {
    const { order, cart } = await placedOrder(shops);
    await confirmOrderPayment(payment(order));
    const before = await paymentSnapshot(order.id, cart.id);
    expect(await declineOrderPayment(order.id)).toBe(false);
    expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
  });
});
