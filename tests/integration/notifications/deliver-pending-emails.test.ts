import { createServer, type AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSmtpCatcher, type ReceivedMail, type SmtpCatcher } from "../../support/smtp-catcher";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deliverPendingEmails, DEV_MAILBOX_NOTE } from "@/lib/notifications/deliver-pending-emails";
import { listMailbox } from "@/lib/notifications/list-mailbox";
import { queueEmail } from "@/lib/notifications/queue-email";

let smtp: SmtpCatcher;
let port: number;
let received: ReceivedMail[];

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  ({ port, received } = smtp);
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

afterEach(async () => {
  delete process.env.SMTP_URL;
  received.length = 0;
  await getDb().emailMessage.deleteMany();
});

/** A port on 127.0.0.1 with nothing listening: taken, then released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const free = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return free;
}

const actor = (role: Actor["role"]): Actor => ({
  id: `user-${role}`,
  role,
  name: role,
  email: `${role.toLowerCase()}@halle.test`,
});

describe("deliverPendingEmails", () => {
  it("sends pending e-mails through SMTP once, rendered and escaped", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    const db = getDb();
    const approved = await queueEmail(db, {
      to: "lea@example.fr",
      locale: "fr",
      template: "seller.approved",
      data: { vendorName: "Léa", shopName: "Fournil", shopUrl: "https://halle.test/shops/fournil" },
    });
    const contact = await queueEmail(db, {
      to: "shop@example.com",
      locale: "en",
      template: "shop.contact-message",
      data: {
        shopName: "Fournil",
        senderName: "Marc",
        senderEmail: "marc@example.com",
        message: "<script>alert(1)</script> Open on Sunday?",
      },
    });

    expect(await deliverPendingEmails()).toEqual({ sent: 2, failed: 0, kept: 0 });

    expect(received.map((r) => r.envelopeTo).sort()).toEqual([["lea@example.fr"], ["shop@example.com"]]);
    const toLea = received.find((r) => r.envelopeTo[0] === "lea@example.fr")!.mail;
    expect(toLea.subject).toBe("Fournil est en ligne sur Halle");
    expect(toLea.from?.text).toContain("no-reply@halle.test");
    expect(toLea.text).toContain("https://halle.test/shops/fournil");
    const toShop = received.find((r) => r.envelopeTo[0] === "shop@example.com")!.mail;
    expect(toShop.subject).toBe("New message from Marc for Fournil");
    expect(toShop.text).toContain("<script>alert(1)</script> Open on Sunday?");
    expect(toShop.html).not.toContain("<script>");
    expect(toShop.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");

    const rows = await db.emailMessage.findMany({ where: { id: { in: [approved.id, contact.id] } } });
    expect(rows.map((row) => row.status)).toEqual(["SENT", "SENT"]);
    expect(rows.every((row) => row.sentAt instanceof Date && row.lastError === null)).toBe(true);

    expect(await deliverPendingEmails()).toEqual({ sent: 0, failed: 0, kept: 0 });
    expect(received).toHaveLength(2);
  });

  it("keeps a message on SMTP failure, counting attempts, and gives up after five", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    const db = getDb();
    const { id } = await queueEmail(db, {
      to: "lea@example.fr",
      template: "seller.suspended",
      data: { vendorName: "Léa", shopName: "Fournil", reason: "Plaintes" },
    });

    expect(await deliverPendingEmails()).toEqual({ sent: 0, failed: 1, kept: 0 });
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, sentAt: null });
    expect(row.lastError).toBeTruthy();
    expect(row.subject).toBe("Votre boutique Fournil est suspendue");

    // Each retry waits for its backoff (docs/security.md, the outbox): move the clock past it.
    const later = (hours: number) => () => new Date(Date.now() + hours * 60 * 60 * 1000);
    for (let run = 2; run <= 5; run += 1) await deliverPendingEmails({ now: later(3 * run) });
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: 5 });
    expect(await deliverPendingEmails({ now: later(100) })).toEqual({ sent: 0, failed: 0, kept: 0 });
  });

  it("keeps e-mails in the dev mailbox when SMTP_URL is unset", async () => {
    const db = getDb();
    const { id } = await queueEmail(db, {
      to: "ops@halle.test",
      template: "seller.review-requested",
      data: { shopName: "Fournil", reviewUrl: "https://halle.test/admin/sellers" },
    });
    expect(await deliverPendingEmails()).toEqual({ sent: 0, failed: 0, kept: 1 });
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENT",
      lastError: DEV_MAILBOX_NOTE,
    });
    expect(received).toHaveLength(0);
  });
});

describe("listMailbox", () => {
  async function refusal(who: Actor | null): Promise<AppError> {
    const error = await listMailbox(who).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }

  it("refuses anyone but an operator, and changes nothing", async () => {
    const db = getDb();
    await queueEmail(db, {
      to: "lea@example.fr",
      template: "seller.reinstated",
      data: { vendorName: "Léa", shopName: "Fournil", shopUrl: "https://halle.test/s" },
    });
    expect((await refusal(null)).code).toBe("UNAUTHENTICATED");
    expect((await refusal(actor("SHOPPER"))).code).toBe("FORBIDDEN");
    expect((await refusal(actor("VENDOR"))).code).toBe("FORBIDDEN");
    expect(await db.emailMessage.findMany({ select: { status: true } })).toEqual([{ status: "PENDING" }]);
  });

  it("lists newest first for an operator, paginated, only while SMTP_URL is unset", async () => {
    const db = getDb();
    for (let index = 1; index <= 22; index += 1) {
      await queueEmail(db, {
        to: `vendor${index}@example.fr`,
        template: "seller.suspended",
        data: { vendorName: "V", shopName: `Shop ${index}`, reason: "R" },
      });
    }
    const first = await listMailbox(actor("OPERATOR"), { page: 1 });
    expect(first).toMatchObject({ page: 1, pages: 2, total: 22 });
    expect(first.messages).toHaveLength(20);
    expect(first.messages[0]).toMatchObject({
      to: "vendor22@example.fr",
      subject: "Votre boutique Shop 22 est suspendue",
    });
    expect(first.messages[0].text).toContain("Shop 22");
    const second = await listMailbox(actor("OPERATOR"), { page: 2 });
    expect(second.messages.map((message) => message.to)).toEqual(["vendor2@example.fr", "vendor1@example.fr"]);

    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    expect((await refusal(actor("OPERATOR"))).code).toBe("NOT_FOUND");
  });
});
