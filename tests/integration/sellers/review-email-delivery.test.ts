import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverPendingEmails } from "@/lib/notifications/deliver-pending-emails";
import { rejectShop } from "@/lib/sellers/reject-shop";
import { createShop, createUser } from "./fixtures";

type Received = { envelopeTo: string[]; mail: ParsedMail };
const received: Received[] = [];
let server: SMTPServer;

beforeAll(async () => {
  server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => server.close(() => resolve()));
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
