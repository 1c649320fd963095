import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSmtpCatcher, type ReceivedMail, type SmtpCatcher } from "../../support/smtp-catcher";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deliverPendingEmails } from "@/lib/notifications/deliver-pending-emails";
import {
  CONTACT_LIMIT_PER_DAY,
  CONTACT_LIMIT_PER_SHOP_PER_HOUR,
  contactShop,
  type ContactShopInput,
} from "@/lib/shops/contact-shop";

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
  const db = getDb();
  await db.emailMessage.deleteMany();
  await db.contactRequest.deleteMany();
});

let counter = 0;
async function createShop({
  status = "APPROVED",
  email = "bonjour@fournil.example",
  ownerLocale = "fr",
}: {
  status?: "DRAFT" | "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED";
  email?: string | null;
  ownerLocale?: string;
} = {}) {
  counter += 1;
  const db = getDb();
  const owner = await db.user.create({
    data: {
      email: `owner${counter}@example.fr`,
      name: `Owner ${counter}`,
      passwordHash: "x",
      role: "VENDOR",
      locale: ownerLocale,
    },
  });
  const shop = await db.shop.create({
    data: {
      slug: `fournil-${counter}`,
      name: `Le Fournil ${counter}`,
      trade: "Boulangerie",
      status,
      ownerId: owner.id,
      email,
    },
  });
  return { shop, owner };
}

const message = (shopSlug: string, extra: Partial<ContactShopInput> = {}): ContactShopInput => ({
  shopSlug,
  name: "Marc Petit",
  email: "marc@example.com",
  message: "Bonjour, faites-vous des pains sans gluten le samedi ?",
  website: "",
  ...extra,
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function counts() {
  const db = getDb();
  return { requests: await db.contactRequest.count(), emails: await db.emailMessage.count() };
}

describe("contactShop", () => {
  it("records the message and queues an e-mail to the shop's public address", async () => {
    const { shop } = await createShop();
    expect(
      await contactShop(message(shop.slug, { name: "  Marc Petit ", email: " Marc@Example.com " }), {
        ip: "203.0.113.7",
      }),
    ).toEqual({ delivered: true });

    const db = getDb();
    const requests = await db.contactRequest.findMany();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      shopId: shop.id,
      name: "Marc Petit",
      email: "marc@example.com",
      ip: "203.0.113.7",
    });
    expect(requests[0].message).toBe("Bonjour, faites-vous des pains sans gluten le samedi ?");

    const emails = await db.emailMessage.findMany();
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      to: "bonjour@fournil.example",
      template: "shop.contact-message",
      status: "PENDING",
      locale: "fr",
    });
    expect(emails[0].data).toMatchObject({
      shopName: shop.name,
      senderName: "Marc Petit",
      senderEmail: "marc@example.com",
    });
    expect(emails[0].text).toContain("marc@example.com");
  });

  it("writes to the owner's address, in the owner's language, when the shop has no public e-mail", async () => {
    const { shop, owner } = await createShop({ email: null, ownerLocale: "en" });
    await contactShop(message(shop.slug), { ip: "203.0.113.8" });
    const emails = await getDb().emailMessage.findMany();
    expect(emails.map((email) => [email.to, email.locale])).toEqual([[owner.email, "en"]]);
  });

  it.each([
    [{ name: "" }, "name", "shopPage.errors.nameRequired"],
    [{ name: "x".repeat(101) }, "name", "shopPage.errors.nameTooLong"],
    [{ email: "not-an-email" }, "email", "shopPage.errors.emailInvalid"],
    [{ email: "" }, "email", "shopPage.errors.emailInvalid"],
    [{ message: "123456789" }, "message", "shopPage.errors.messageTooShort"],
    [{ message: "          court     " }, "message", "shopPage.errors.messageTooShort"],
    [{ message: "x".repeat(2001) }, "message", "shopPage.errors.messageTooLong"],
    [{ name: undefined, email: undefined, message: undefined }, "name", "shopPage.errors.nameRequired"],
  ])("refuses bad input %o on the field and writes nothing", async (extra, field, key) => {
    const { shop } = await createShop();
    const error = await refusal(contactShop(message(shop.slug, extra), { ip: "203.0.113.9" }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors[field]).toBe(key);
    expect(await counts()).toEqual({ requests: 0, emails: 0 });
  });

  it("pretends to succeed when the honeypot is filled, and writes and sends nothing", async () => {
    const { shop } = await createShop();
    expect(await contactShop(message(shop.slug, { website: "https://spam.example" }), { ip: "203.0.113.10" })).toEqual({
      delivered: false,
    });
    expect(await counts()).toEqual({ requests: 0, emails: 0 });
  });

  it.each(["DRAFT", "PENDING", "REJECTED", "SUSPENDED"] as const)(
    "refuses a %s shop with NOT_FOUND and writes nothing",
    async (status) => {
      const { shop } = await createShop({ status });
      expect((await refusal(contactShop(message(shop.slug), { ip: "203.0.113.11" }))).code).toBe("NOT_FOUND");
      expect(await counts()).toEqual({ requests: 0, emails: 0 });
    },
  );

  it("refuses an unknown shop with NOT_FOUND", async () => {
    expect((await refusal(contactShop(message("no-such-shop"), { ip: "203.0.113.12" }))).code).toBe("NOT_FOUND");
    expect(await counts()).toEqual({ requests: 0, emails: 0 });
  });

  it(`limits one address to ${CONTACT_LIMIT_PER_SHOP_PER_HOUR} messages an hour to one shop`, async () => {
    const { shop } = await createShop();
    const { shop: other } = await createShop();
    const ip = "198.51.100.1";
    for (let sent = 0; sent < CONTACT_LIMIT_PER_SHOP_PER_HOUR; sent++) await contactShop(message(shop.slug), { ip });
    const before = await counts();
    expect(before).toEqual({ requests: CONTACT_LIMIT_PER_SHOP_PER_HOUR, emails: CONTACT_LIMIT_PER_SHOP_PER_HOUR });

    const error = await refusal(contactShop(message(shop.slug), { ip }));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.fieldErrors.form).toBe("shopPage.errors.rateLimited");
    expect(await counts()).toEqual(before);

    // Another address, or another shop, is not affected.
    await contactShop(message(shop.slug), { ip: "198.51.100.2" });
    await contactShop(message(other.slug), { ip });

    // Messages older than an hour no longer count.
    await getDb().contactRequest.updateMany({
      where: { ip, shopId: shop.id },
      data: { createdAt: new Date(Date.now() - 61 * 60 * 1000) },
    });
    await contactShop(message(shop.slug), { ip });
  });

  it(`limits one address to ${CONTACT_LIMIT_PER_DAY} messages a day across shops`, async () => {
    const ip = "198.51.100.3";
    const shops = [];
    for (let index = 0; index < Math.ceil(CONTACT_LIMIT_PER_DAY / 2) + 1; index++)
      shops.push((await createShop()).shop);
    for (let sent = 0; sent < CONTACT_LIMIT_PER_DAY; sent++)
      await contactShop(message(shops[Math.floor(sent / 2)].slug), { ip });
    const before = await counts();
    expect(before.requests).toBe(CONTACT_LIMIT_PER_DAY);

    expect((await refusal(contactShop(message(shops.at(-1)!.slug), { ip }))).code).toBe("RATE_LIMITED");
    expect(await counts()).toEqual(before);

    await getDb().contactRequest.updateMany({
      where: { ip },
      data: { createdAt: new Date(Date.now() - 25 * 60 * 60 * 1000) },
    });
    await contactShop(message(shops.at(-1)!.slug), { ip });
  });

  it("does not let simultaneous messages from one address pass the limit", async () => {
    const { shop } = await createShop();
    const ip = "198.51.100.4";
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => contactShop(message(shop.slug), { ip })));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(CONTACT_LIMIT_PER_SHOP_PER_HOUR);
    for (const outcome of outcomes) {
      if (outcome.status === "rejected") expect((outcome.reason as AppError).code).toBe("RATE_LIMITED");
    }
    expect(await counts()).toEqual({
      requests: CONTACT_LIMIT_PER_SHOP_PER_HOUR,
      emails: CONTACT_LIMIT_PER_SHOP_PER_HOUR,
    });
  });

  it("delivers the message to the shop over SMTP with the sender's address and text", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    const { shop } = await createShop({ email: "atelier@fournil.example" });
    const text = "Bonjour ! Pouvez-vous me garder deux baguettes <tradition> pour 18 h ?";
    await contactShop(message(shop.slug, { name: "Inès Martin", email: "ines@example.org", message: text }), {
      ip: "203.0.113.20",
    });

    expect(await deliverPendingEmails()).toMatchObject({ sent: 1, failed: 0 });
    expect(received).toHaveLength(1);
    const { envelopeTo, mail } = received[0];
    expect(envelopeTo).toEqual(["atelier@fournil.example"]);
    expect(mail.subject).toContain("Inès Martin");
    expect(mail.subject).toContain(shop.name);
    expect(mail.text).toContain(text);
    expect(mail.text).toContain("ines@example.org");
    expect(mail.html).not.toContain("<tradition>");
  });
});
