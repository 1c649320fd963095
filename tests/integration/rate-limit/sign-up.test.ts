import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { signUpUser } from "@/lib/auth/register-user";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { RATE_LIMITS, rateLimitRule } from "@/lib/rate-limit/limits";

// docs/security.md, "Throttles and client addresses": sign-up never says whether an address has
// an account, and is rate-limited per client address and per e-mail.
const unique = () => randomBytes(4).toString("hex");
const form = (email: string, overrides: Record<string, unknown> = {}) => ({
  name: "Léa Dubois",
  email,
  password: "correct-horse-2026",
  isVendor: false,
  ...overrides,
});

async function written(email: string) {
  const db = getDb();
  return {
    users: await db.user.count({ where: { email } }),
    emails: await db.emailMessage.findMany({
      where: { to: email },
      select: { template: true },
      orderBy: { createdAt: "asc" },
    }),
  };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("signUpUser", () => {
  it("answers an address already used exactly as a new one, creates nothing and e-mails the owner", async () => {
    const taken = `taken-${unique()}@example.test`;
    const fresh = `fresh-${unique()}@example.test`;
    await signUpUser(form(taken, { name: "Owner" }), { locale: "en", clientAddress: "203.0.113.1" });
    const ownerBefore = await getDb().user.findUniqueOrThrow({ where: { email: taken } });

    const again = await signUpUser(form(taken.toUpperCase(), { name: "Intruder", password: "another-password-1" }), {
      locale: "fr",
      clientAddress: "203.0.113.2",
    });
    const created = await signUpUser(form(fresh), { locale: "fr", clientAddress: "203.0.113.2" });

    // The same answer, field for field, as for the new address.
    expect(again).toEqual({ email: taken, role: "SHOPPER" });
    expect(created).toEqual({ email: fresh, role: "SHOPPER" });
    expect(Object.keys(again)).toEqual(Object.keys(created));

    // The account is untouched (name, password); the owner is told, in their own language.
    const ownerAfter = await getDb().user.findUniqueOrThrow({ where: { email: taken } });
    expect(ownerAfter).toEqual(ownerBefore);
    expect(await verifyPassword("another-password-1", ownerAfter.passwordHash)).toBe(false);
    expect(await written(taken)).toEqual({
      users: 1,
      emails: [{ template: "account.welcome" }, { template: "account.sign-up-attempt" }],
    });
    const attempt = await getDb().emailMessage.findFirstOrThrow({
      where: { to: taken, template: "account.sign-up-attempt" },
    });
    expect(attempt.locale).toBe("en");
    expect(attempt.subject).toBe("Someone tried to create an account with your address");
    expect(attempt.text).toContain("/sign-in");
    expect(attempt.text).toContain("Owner");

    // The new address: its account, and one welcome e-mail, as every sign-up sends one.
    expect(await written(fresh)).toEqual({ users: 1, emails: [{ template: "account.welcome" }] });
  });

  it("refuses bad input on its field without counting it or writing anything", async () => {
    const email = `bad-${unique()}@example.test`;
    const error = await refusal(signUpUser(form(email, { password: "short" }), { clientAddress: "203.0.113.3" }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors.password).toBe("auth.errors.passwordTooShort");
    expect(await written(email)).toEqual({ users: 0, emails: [] });
    expect(
      await getDb().rateLimitBucket.count({ where: { key: { startsWith: "signUpPerAddress:203.0.113.3" } } }),
    ).toBe(0);
  });

  it(`refuses past ${RATE_LIMITS.signUpPerEmail.limit} sign-ups for one e-mail an hour, whoever asks, writing nothing`, async () => {
    const email = `flood-${unique()}@example.test`;
    for (let attempt = 0; attempt < RATE_LIMITS.signUpPerEmail.limit; attempt++)
      await signUpUser(form(email), { clientAddress: `198.51.100.${attempt + 1}` });
    const before = await written(email);
    expect(before.emails).toHaveLength(RATE_LIMITS.signUpPerEmail.limit);

    const error = await refusal(signUpUser(form(email), { clientAddress: "198.51.100.99" }));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.fieldErrors.form).toBe("security.throttle.signUp");
    expect(await written(email)).toEqual(before);
  });

  it(`refuses past ${RATE_LIMITS.signUpPerAddress.limit} sign-ups from one address an hour, writing nothing`, async () => {
    const clientAddress = "192.0.2.77";
    const now = new Date();
    // The address's earlier sign-ups this hour (counted as signUpUser counts them).
    const rule = rateLimitRule("signUpPerAddress", clientAddress);
    for (let n = 0; n < rule.limit; n++) expect((await consumeRateLimit(getDb(), rule, now)).allowed).toBe(true);

    const email = `many-${unique()}@example.test`;
    const error = await refusal(signUpUser(form(email), { clientAddress, now }));
    expect(error.code).toBe("RATE_LIMITED");
    expect(await written(email)).toEqual({ users: 0, emails: [] });
    // Another address is not affected.
    await signUpUser(form(email), { clientAddress: "192.0.2.78", now });
    expect((await written(email)).users).toBe(1);
  });
});
