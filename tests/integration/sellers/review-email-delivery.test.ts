import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpCatcher, type ReceivedMail, type SmtpCatcher } from "../../support/smtp-catcher";
import { deliverPendingEmails } from "@/lib/notifications/deliver-pending-emails";
import { rejectShop } from "@/lib/sellers/reject-shop";
import { createShop, createUser } from "./fixtures";

let smtp: SmtpCatcher;
let received: ReceivedMail[];

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  received = smtp.received;
  process.env.SMTP_URL = smtp.url;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

describe("a review decision's e-mail", () => {
  it("reaches the shop's owner over SMTP with the operator's reason", async () => {
    const operator = await createUser("OPERATOR");
    const owner = await createUser("VENDOR", "Léa Vendeuse");
    const shop = await createShop(owner, { status: "PENDING", name: "Fournil de Léa" });
    const reason = "Le Kbis fourni date de plus de trois mois <merci>.";

    await rejectShop(operator, { shopId: shop.id, reason });
    expect(await deliverPendingEmails()).toMatchObject({ sent: 1, failed: 0 });

    expect(received).toHaveLength(1);
    const [{ envelopeTo, mail }] = received;
    expect(envelopeTo).toEqual([owner.email]);
    expect(mail.to && "text" in mail.to ? mail.to.text : "").toContain(owner.email);
    expect(mail.subject).toContain("Fournil de Léa");
    expect(mail.text).toContain(reason);
    expect(mail.text).toContain("Léa Vendeuse");
    expect(mail.text).toContain(`/dashboard/shops/${shop.id}/setup/review`);
    expect(mail.html).toContain("&lt;merci&gt;");
  });
});
