// A conversation's e-mails (docs/domain.md, conversation), through the real SMTP path: queued in
// the message's transaction, delivered by deliverPendingEmails to an SMTP server on loopback.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { deliverPendingEmails } from "@/lib/notifications/deliver-pending-emails";
import { postOrderMessage } from "@/lib/orders/conversation/post-order-message";
import { startSmtpCatcher, type SmtpCatcher } from "../../support/smtp-catcher";
import { createUser, paidOrder, putPartIn, twoShops } from "./order-fixtures";

let smtp: SmtpCatcher;
let privateDir: string;

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  privateDir = await mkdtemp(path.join(tmpdir(), "halle-conversation-mail-"));
  process.env.HALLE_PRIVATE_FILES_DIR = privateDir;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.HALLE_PRIVATE_FILES_DIR;
  await smtp.close();
  await rm(privateDir, { recursive: true, force: true });
});

beforeEach(() => {
  delete process.env.SMTP_URL;
});

/** Sends what earlier steps queued (the payment's e-mails), then listens. */
async function startListening() {
  process.env.SMTP_URL = smtp.url;
  await deliverPendingEmails();
  smtp.received.length = 0;
}

const mailsTo = (address: string) => smtp.received.filter((received) => received.envelopeTo.includes(address));

describe("a message's e-mails", () => {
  it("tell the vendor when the shopper writes, with an excerpt and a link to the part", async () => {
    const shops = await twoShops();
    const paid = await paidOrder(shops);
    await startListening();

    await postOrderMessage(paid.shopper, {
      shopOrderId: paid.potteryPart.id,
      body: "Bonjour ! Pourriez-vous emballer le bol dans du papier kraft ? C'est un cadeau.",
    });
    await deliverPendingEmails();

    // the pottery has no public e-mail: its owner's
    const [vendorMail] = mailsTo(shops.potterVendor.email);
    expect(smtp.received).toHaveLength(1);
    expect(vendorMail.mail.subject).toBe(`Commande ${paid.order.number} : nouveau message de Marc Petit`);
    expect(vendorMail.mail.text).toContain("Pourriez-vous emballer le bol dans du papier kraft ?");
    expect(vendorMail.mail.text).toContain(`/dashboard/orders/${paid.potteryPart.id}`);
  });

  it("tell the shopper when the vendor writes, in the shopper's language, with a link to the order", async () => {
    const shops = await twoShops();
    const shopper = await createUser("SHOPPER", "Ada Lovelace");
    await getDb().user.update({ where: { id: shopper.id }, data: { locale: "en" } });
    const paid = await paidOrder(shops, { shopper });
    await startListening();

    await postOrderMessage(shops.bakerVendor, { shopOrderId: paid.bakeryPart.id, body: "Your bread is ready at 9." });
    await deliverPendingEmails();

    const mails = mailsTo(paid.order.email);
    expect(smtp.received).toHaveLength(1);
    expect(mails[0].mail.subject).toBe(`Order ${paid.order.number}: new message from ${shops.bakery.name}`);
    expect(mails[0].mail.text).toContain("Your bread is ready at 9.");
    expect(mails[0].mail.text).toContain(`/account/orders/${paid.order.id}`);
  });

  it("tell a guest to reply by contacting the shop, without signing in", async () => {
    const shops = await twoShops();
    const paid = await paidOrder(shops, { shopper: null });
    await startListening();

    await postOrderMessage(shops.potterVendor, { shopOrderId: paid.potteryPart.id, body: "Le bol part demain." });
    await deliverPendingEmails();

    const mails = mailsTo(paid.order.email);
    expect(smtp.received).toHaveLength(1);
    expect(mails[0].mail.text).toContain("Le bol part demain.");
    expect(mails[0].mail.text).toContain("contactez la boutique depuis sa page");
    expect(mails[0].mail.text).toContain(`/shops/${shops.pottery.slug}`);
    expect(mails[0].mail.text).not.toContain("/account/orders");
  });

  it("bring the operators in once the part is ESCALATED, and tell both sides when an operator writes", async () => {
    const shops = await twoShops();
    const paid = await paidOrder(shops);
    const operator = await createUser("OPERATOR");
    const otherOperator = await createUser("OPERATOR");
    await putPartIn(paid.potteryPart.id, "ESCALATED", { escalatedAt: new Date() });
    await startListening();

    await postOrderMessage(paid.shopper, { shopOrderId: paid.potteryPart.id, body: "Le bol est arrivé cassé." });
    await deliverPendingEmails();
    expect(mailsTo(shops.potterVendor.email)).toHaveLength(1);
    expect(mailsTo(operator.email)).toHaveLength(1);
    expect(mailsTo(operator.email)[0].mail.text).toContain(`/admin/orders/${paid.potteryPart.id}`);
    expect(mailsTo(otherOperator.email)).toHaveLength(1);
    smtp.received.length = 0;

    await postOrderMessage(operator, { shopOrderId: paid.potteryPart.id, body: "Envoyez-nous une photo du colis." });
    await deliverPendingEmails();
    expect(mailsTo(paid.order.email)).toHaveLength(1);
    expect(mailsTo(paid.order.email)[0].mail.subject).toContain("L'équipe de la place de marché");
    expect(mailsTo(shops.potterVendor.email)).toHaveLength(1);
    expect(mailsTo(otherOperator.email)).toHaveLength(1);
    expect(mailsTo(operator.email)).toHaveLength(0); // not to the author
  });
});
