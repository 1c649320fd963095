import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { completeSignUp } from "@/lib/auth/complete-sign-up";
import { registerUser, signUpUser } from "@/lib/auth/register-user";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { RATE_LIMITS, rateLimitRule } from "@/lib/rate-limit/limits";

// docs/security.md, "Sign-up" and "Throttles and client addresses": sign-up creates nothing, never
// says whether an address has an account, and is rate-limited per client address and per e-mail.
const unique = () => randomBytes(4).toString("hex");
const form = (email: string, overrides: Record<string, unknown> = {}) => ({
  name: "Léa Dubois",
  email,
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
  it("creates nothing and e-mails a new address one link that finishes the sign-up", async () => {
    const email = `fresh-${unique()}@example.test`;
    const answer = await signUpUser(form(` ${email.toUpperCase()} `, { isVendor: "on" }), {
      locale: "en",
      callbackPath: "/cart",
      clientAddress: "203.0.113.4",
    });
    expect(answer).toEqual({ email });
    expect(await written(email)).toEqual({ users: 0, emails: [{ template: "account.confirm-email" }] });

    const message = await getDb().emailMessage.findFirstOrThrow({ where: { to: email } });
    expect(message.locale).toBe("en");
    expect(message.subject).toBe("Finish creating your account");
    const { confirmUrl } = message.data as { confirmUrl: string };
    const link = new URL(confirmUrl);
    expect(link.pathname).toBe("/sign-up/confirm");
    expect(message.text).toContain(confirmUrl);
    // The link holds the sign-up, signed, for 24 hours: the account it creates is the one asked for.
    const created = await completeSignUp(link.searchParams.get("token"), "correct-horse-2026", {
      clientAddress: "203.0.113.4",
    });
    expect(created).toMatchObject({ email, role: "VENDOR", callbackPath: "/cart" });
    expect(await getDb().user.findUniqueOrThrow({ where: { email } })).toMatchObject({
      name: "Léa Dubois",
      role: "VENDOR",
      locale: "en",
    });
  });

  it("answers an address already used exactly as a new one, creates nothing and e-mails the owner", async () => {
    const taken = `taken-${unique()}@example.test`;
    const fresh = `fresh-${unique()}@example.test`;
    await registerUser({ ...form(taken, { name: "Owner" }), password: "correct-horse-2026" }, { locale: "en" });
    const ownerBefore = await getDb().user.findUniqueOrThrow({ where: { email: taken } });

    const again = await signUpUser(form(taken.toUpperCase(), { name: "Intruder", isVendor: true }), {
      locale: "fr",
      clientAddress: "203.0.113.2",
    });
    const created = await signUpUser(form(fresh), { locale: "fr", clientAddress: "203.0.113.2" });

    // The same answer, field for field, as for the new address.
    expect(again).toEqual({ email: taken });
    expect(created).toEqual({ email: fresh });
    expect(Object.keys(again)).toEqual(Object.keys(created));

    // The account is untouched; the owner is told, in their own language, with a link to sign in.
    const ownerAfter = await getDb().user.findUniqueOrThrow({ where: { email: taken } });
    expect(ownerAfter).toEqual(ownerBefore);
    expect(await written(taken)).toEqual({ users: 1, emails: [{ template: "account.sign-up-attempt" }] });
    const attempt = await getDb().emailMessage.findFirstOrThrow({
      where: { to: taken, template: "account.sign-up-attempt" },
    });
    expect(attempt.locale).toBe("en");
    expect(attempt.subject).toBe("Someone tried to create an account with your address");
    expect(attempt.text).toContain("/sign-in");
    expect(attempt.text).toContain("Owner");
    expect(attempt.text).not.toContain("/sign-up/confirm");

    // The new address: no account yet, and one e-mail, as every sign-up sends one.
    expect(await written(fresh)).toEqual({ users: 0, emails: [{ template: "account.confirm-email" }] });
  });

  it("refuses bad input on its field without counting it or writing anything", async () => {
    const email = `bad-${unique()}@example.test`;
    const error = await refusal(signUpUser(form(email, { name: "  " }), { clientAddress: "203.0.113.3" }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors.name).toBe("auth.errors.nameRequired");
    const invalid = await refusal(signUpUser(form("not-an-address"), { clientAddress: "203.0.113.3" }));
    expect(invalid.fieldErrors.email).toBe("auth.errors.emailInvalid");
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
    expect(await written(email)).toEqual({ users: 0, emails: [{ template: "account.confirm-email" }] });
  });
});
