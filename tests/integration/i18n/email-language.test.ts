// The language of e-mails and accounts (docs/i18n.md): the recipient's, when the marketplace
// offers it, else the marketplace's default; sign-up and the language switch record it.
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { rememberLocale } from "@/lib/accounts/remember-locale";
import { registerUser } from "@/lib/auth/register-user";
import { getDb } from "@/lib/db";
import { queueEmail } from "@/lib/notifications/queue-email";
import { createUser } from "../sellers/fixtures";

const data = { vendorName: "Léa", shopName: "Fournil", shopUrl: "https://halle.test/shops/fournil" };

async function offer(defaultLocale: string, locales: string[]) {
  await getDb().marketplaceSettings.upsert({
    where: { id: 1 },
    create: { id: 1, defaultLocale, locales },
    update: { defaultLocale, locales },
  });
}

async function languageOf(locale: string | undefined): Promise<string> {
  const { id } = await queueEmail(getDb(), { to: "lea@example.test", locale, template: "seller.approved", data });
  return (await getDb().emailMessage.findUniqueOrThrow({ where: { id }, select: { locale: true } })).locale;
}

afterEach(async () => {
  await getDb().emailMessage.deleteMany();
  await getDb().marketplaceSettings.deleteMany();
});

describe("the language of an e-mail", () => {
  it("is the recipient's when the marketplace offers it", async () => {
    await offer("fr", ["fr", "en", "fa"]);
    expect(await languageOf("fa")).toBe("fa");
    expect(await languageOf("en")).toBe("en");
  });

  it("is the marketplace's default for a guest or a language it does not offer", async () => {
    await offer("fa", ["fa", "en"]);
    expect(await languageOf(undefined)).toBe("fa");
    expect(await languageOf("fr")).toBe("fa");
    const { id } = await queueEmail(getDb(), { to: "x@example.test", template: "seller.approved", data });
    const message = await getDb().emailMessage.findUniqueOrThrow({ where: { id }, select: { subject: true } });
    expect(message.subject).toMatch(/[\u0600-\u06FF]/);
  });
});

describe("an account's language", () => {
  it("is the one the person signed up in", async () => {
    const email = `fa-${randomBytes(4).toString("hex")}@example.test`;
    await registerUser({ name: "Sara", email, password: "a long password 2026", isVendor: false }, { locale: "fa" });
    expect(await getDb().user.findUniqueOrThrow({ where: { email }, select: { locale: true } })).toEqual({
      locale: "fa",
    });
  });

  it("follows the language switch of the signed-in person only", async () => {
    const sara = await createUser("SHOPPER");
    const other = await createUser("SHOPPER");
    expect(await rememberLocale(sara, "fa")).toBe(true);
    const locales = await getDb().user.findMany({
      where: { id: { in: [sara.id, other.id] } },
      select: { id: true, locale: true },
    });
    expect(new Map(locales.map((user) => [user.id, user.locale]))).toEqual(
      new Map([
        [sara.id, "fa"],
        [other.id, "fr"],
      ]),
    );
  });

  it("is left alone for a signed-out visitor or an unknown language", async () => {
    const sara = await createUser("SHOPPER");
    expect(await rememberLocale(null, "fa")).toBe(false);
    expect(await rememberLocale(sara, "xx")).toBe(false);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: sara.id }, select: { locale: true } })).locale).toBe(
      "fr",
    );
  });
});
