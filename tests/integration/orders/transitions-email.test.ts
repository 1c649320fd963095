// A transition's e-mail, all the way through the real SMTP path: queued in the transition's
// transaction, delivered by deliverPendingEmails to a real SMTP server on loopback.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverPendingEmails } from "@/lib/notifications/deliver-pending-emails";
import { transitionShopOrder } from "@/lib/orders/transition-shop-order";
import { startSmtpCatcher, type SmtpCatcher } from "../../support/smtp-catcher";
import { paidOrder, twoShops } from "./order-fixtures";

let smtp: SmtpCatcher;

beforeAll(async () => {
  smtp = await startSmtpCatcher();
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

describe("a refusal's e-mail", () => {
  it("reaches the shopper with the shop's reason and the amount refunded", async () => {
    const shops = await twoShops();
    const paid = await paidOrder(shops);
    process.env.SMTP_URL = smtp.url;
    await deliverPendingEmails(); // the payment's own e-mails
    smtp.received.length = 0;

    await transitionShopOrder(shops.potterVendor, {
      shopOrderId: paid.potteryPart.id,
      action: "REFUSE",
      reason: "Le bol est arrivé fêlé du four, désolée !",
    });
    await deliverPendingEmails();

    const mails = smtp.received.filter((received) => received.envelopeTo.includes(paid.order.email));
    expect(mails).toHaveLength(1);
    const { mail } = mails[0];
    expect(mail.subject).toContain(paid.order.number);
    expect(mail.subject).toContain(shops.pottery.name);
    expect(mail.text).toContain("Le bol est arrivé fêlé du four, désolée !");
    expect(mail.text).toMatch(/34,90\s€/);
    expect(mail.html).toContain("Le bol est arrivé fêlé du four, désolée !");
    // nobody else is told of a refusal
    expect(smtp.received).toHaveLength(1);
  });
});
