// A return's e-mails all the way through the real SMTP path (docs/domain.md, returns and
// escalations): queued in each step's transaction, delivered by deliverPendingEmails to a real SMTP
// server on loopback, read as the recipient would.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideEscalation } from "@/lib/orders/decide-escalation";
import { deliverPendingEmails } from "@/lib/notifications/deliver-pending-emails";
import { transitionShopOrder } from "@/lib/orders/transition-shop-order";
import { startSmtpCatcher, type SmtpCatcher } from "../../support/smtp-catcher";
import { createUser, twoShops } from "./order-fixtures";
import { deliveredPottery } from "./return-fixtures";

let smtp: SmtpCatcher;

beforeAll(async () => {
  process.env.APP_URL = "https://halle.test";
  smtp = await startSmtpCatcher();
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

describe("a return's e-mails", () => {
  it("request, refusal, escalation and decision each reach the right people with what they need", async () => {
    const shops = await twoShops();
    const operator = await createUser("OPERATOR");
    const paid = await deliveredPottery(shops);
    process.env.SMTP_URL = smtp.url;
    await deliverPendingEmails({ limit: 500 }); // earlier e-mails, whoever queued them
    smtp.received.length = 0;
    const to = (address: string) => smtp.received.filter((received) => received.envelopeTo.includes(address));
    const step = async (run: () => Promise<unknown>) => {
      smtp.received.length = 0;
      await run();
      await deliverPendingEmails({ limit: 500 });
    };

    await step(() =>
      transitionShopOrder(paid.shopper, {
        shopOrderId: paid.part.id,
        action: "REQUEST_RETURN",
        returnKind: "PROBLEM",
        reason: "Le bol est arrivé fêlé",
      }),
    );
    const [request] = to(shops.potterVendor.email);
    expect(request.mail.subject).toContain(paid.order.number);
    expect(request.mail.text).toContain("Le bol est arrivé fêlé");
    expect(request.mail.text).toContain("endommagé");

    await step(() =>
      transitionShopOrder(shops.potterVendor, {
        shopOrderId: paid.part.id,
        action: "REFUSE_RETURN",
        reason: "Intact à l'envoi",
      }),
    );
    const [refused] = to(paid.order.email);
    expect(refused.mail.text).toContain("Intact à l'envoi");
    expect(refused.mail.text).toContain(`https://halle.test/account/orders/${paid.order.id}`);

    await step(() =>
      transitionShopOrder(paid.shopper, { shopOrderId: paid.part.id, action: "ESCALATE", reason: "Voyez la photo" }),
    );
    const [escalated] = to(operator.email);
    expect(escalated.mail.subject).toContain(paid.order.number);
    expect(escalated.mail.text).toContain("Voyez la photo");
    // the operator lands on the part's page, where the escalation is decided, not on the list
    expect(escalated.mail.text).toContain(`https://halle.test/admin/orders/${paid.part.id}`);
    expect(to(shops.potterVendor.email)).toHaveLength(1);

    await step(() =>
      decideEscalation(operator, { shopOrderId: paid.part.id, decision: "REFUND_ALL", note: "Photo convaincante" }),
    );
    const [decidedShopper] = to(paid.order.email);
    expect(decidedShopper.mail.text).toContain("Photo convaincante");
    expect(decidedShopper.mail.text).toMatch(/34,90\s€/);
    const [decidedShop] = to(shops.potterVendor.email);
    expect(decidedShop.mail.text).toContain(`https://halle.test/dashboard/orders/${paid.part.id}`);
  });

  it("the shop's instructions reach the shopper when it accepts", async () => {
    const shops = await twoShops();
    const paid = await deliveredPottery(shops);
    await transitionShopOrder(paid.shopper, {
      shopOrderId: paid.part.id,
      action: "REQUEST_RETURN",
      returnKind: "WITHDRAWAL",
      reason: "Finalement, non",
    });
    process.env.SMTP_URL = smtp.url;
    await deliverPendingEmails({ limit: 500 });
    smtp.received.length = 0;
    await transitionShopOrder(shops.potterVendor, {
      shopOrderId: paid.part.id,
      action: "ACCEPT_RETURN",
      instructions: "Renvoyez-le en Colissimo à l'atelier",
    });
    await deliverPendingEmails({ limit: 500 });
    const mails = smtp.received.filter((received) => received.envelopeTo.includes(paid.order.email));
    expect(mails).toHaveLength(1);
    expect(mails[0].mail.text).toContain("Renvoyez-le en Colissimo à l'atelier");
    // the shop made the step itself: nobody else is e-mailed
    expect(smtp.received).toHaveLength(1);
  });

  it("an operator accepting on the shop's behalf tells the shop too, with what the shopper was told", async () => {
    const shops = await twoShops();
    const operator = await createUser("OPERATOR");
    const paid = await deliveredPottery(shops);
    await transitionShopOrder(paid.shopper, {
      shopOrderId: paid.part.id,
      action: "REQUEST_RETURN",
      returnKind: "PROBLEM",
      reason: "Le bol est arrivé fêlé",
    });
    process.env.SMTP_URL = smtp.url;
    await deliverPendingEmails({ limit: 500 });
    smtp.received.length = 0;
    await transitionShopOrder(operator, {
      shopOrderId: paid.part.id,
      action: "ACCEPT_RETURN",
      instructions: "Renvoyez-le en Colissimo à l'atelier",
    });
    await deliverPendingEmails({ limit: 500 });
    const shopper = smtp.received.filter((received) => received.envelopeTo.includes(paid.order.email));
    expect(shopper).toHaveLength(1);
    const shop = smtp.received.filter((received) => received.envelopeTo.includes(shops.potterVendor.email));
    expect(shop).toHaveLength(1);
    expect(shop[0].mail.subject).toContain(paid.order.number);
    expect(shop[0].mail.text).toContain("place de marché");
    expect(shop[0].mail.text).toContain("Renvoyez-le en Colissimo à l'atelier");
    expect(shop[0].mail.text).toContain(`https://halle.test/dashboard/orders/${paid.part.id}`);
    expect(smtp.received).toHaveLength(2);
  });
});
