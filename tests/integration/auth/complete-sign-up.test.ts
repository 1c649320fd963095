import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { completeSignUp, readableSignUpLink } from "@/lib/auth/complete-sign-up";
import { verifyPassword } from "@/lib/auth/password";
import { signSignUpToken, SIGN_UP_LINK_MS, type SignUpTokenPayload } from "@/lib/auth/sign-up-token";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { RATE_LIMITS, rateLimitRule } from "@/lib/rate-limit/limits";

// docs/security.md, "Sign-up": the e-mailed link creates the account, once, with the password
// chosen there; nothing else does.
const unique = () => randomBytes(4).toString("hex");
const PASSWORD = "correct-horse-2026";

function link(overrides: Partial<SignUpTokenPayload> = {}, now = new Date()) {
  const payload: SignUpTokenPayload = {
    email: `new-${unique()}@example.test`,
    name: "Léa Dubois",
    role: "SHOPPER",
    locale: "fr",
    callbackPath: null,
    expiresAt: new Date(now.getTime() + SIGN_UP_LINK_MS),
    ...overrides,
  };
  return { payload, token: signSignUpToken(payload) };
}

async function written(email: string, clientAddress: string) {
  const db = getDb();
  return {
    users: await db.user.count({ where: { email } }),
    emails: await db.emailMessage.findMany({ where: { to: email }, select: { template: true } }),
    counted: await db.rateLimitBucket.count({
      where: { key: { startsWith: `signUpCompletePerAddress:${clientAddress}` } },
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

describe("completeSignUp", () => {
  it("creates the account the link carries (role, language, name) with the password chosen, and welcomes it", async () => {
    const { payload, token } = link({ role: "VENDOR", locale: "fa", callbackPath: "/cart" });
    // Opening the link reads it and writes nothing (a mail scanner may follow it).
    expect(readableSignUpLink(token)).toEqual({ email: payload.email });
    expect(await written(payload.email, "203.0.113.20")).toEqual({ users: 0, emails: [], counted: 0 });

    const created = await completeSignUp(token, PASSWORD, { clientAddress: "203.0.113.20" });
    expect(created).toMatchObject({ email: payload.email, role: "VENDOR", callbackPath: "/cart" });
    const user = await getDb().user.findUniqueOrThrow({ where: { email: payload.email } });
    expect(user).toMatchObject({ id: created.id, name: "Léa Dubois", role: "VENDOR", locale: "fa" });
    expect(user.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, user.passwordHash)).toBe(true);
    const welcome = await getDb().emailMessage.findFirstOrThrow({ where: { to: payload.email } });
    expect(welcome).toMatchObject({ template: "account.welcome", locale: "fa" });

    const shopper = link();
    expect((await completeSignUp(shopper.token, PASSWORD, { clientAddress: "203.0.113.20" })).role).toBe("SHOPPER");
    expect(await getDb().user.findUniqueOrThrow({ where: { email: shopper.payload.email } })).toMatchObject({
      role: "SHOPPER",
      locale: "fr",
    });
  });

  it("refuses a forged, changed or expired link, writing nothing", async () => {
    const now = new Date();
    const { payload, token } = link({}, now);
    const [body, signature] = token.split(".") as [string, string];
    const vendorBody = Buffer.from(
      JSON.stringify({ e: payload.email, n: "Eve", r: "VENDOR", l: "fr", c: null, x: now.getTime() + 60_000 }),
    ).toString("base64url");
    const expired = link({ email: payload.email, expiresAt: new Date(now.getTime() - 1) }).token;
    for (const bad of [`${vendorBody}.${signature}`, `${body}.${signature.slice(2)}ab`, expired, "", null, 7]) {
      const error = await refusal(completeSignUp(bad, PASSWORD, { clientAddress: "203.0.113.21", now }));
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors).toEqual({ token: "security.signUpConfirm.invalid" });
    }
    // Past its 24 hours, the link itself is refused.
    const later = new Date(now.getTime() + SIGN_UP_LINK_MS);
    const late = await refusal(completeSignUp(token, PASSWORD, { clientAddress: "203.0.113.21", now: later }));
    expect(late.fieldErrors.token).toBe("security.signUpConfirm.invalid");
    expect(await written(payload.email, "203.0.113.21")).toEqual({ users: 0, emails: [], counted: 0 });
  });

  it("refuses a password outside sign-up's rule on its field, writing nothing", async () => {
    const { payload, token } = link();
    for (const [password, key] of [
      ["short", "auth.errors.passwordTooShort"],
      ["x".repeat(201), "auth.errors.passwordTooLong"],
    ] as const) {
      const error = await refusal(completeSignUp(token, password, { clientAddress: "203.0.113.22" }));
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors.password).toBe(key);
    }
    const missing = await refusal(completeSignUp(token, null, { clientAddress: "203.0.113.22" }));
    expect(missing.code).toBe("VALIDATION");
    expect(await written(payload.email, "203.0.113.22")).toEqual({ users: 0, emails: [], counted: 0 });
  });

  it("says CONFLICT on a second use of the link, the account unchanged", async () => {
    const { payload, token } = link();
    await completeSignUp(token, PASSWORD, { clientAddress: "203.0.113.23" });
    const before = await getDb().user.findUniqueOrThrow({ where: { email: payload.email } });

    const error = await refusal(completeSignUp(token, "another-password-1", { clientAddress: "203.0.113.24" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.fieldErrors).toEqual({ form: "security.signUpConfirm.taken" });
    const after = await getDb().user.findUniqueOrThrow({ where: { email: payload.email } });
    expect(after).toEqual(before);
    expect(await verifyPassword("another-password-1", after.passwordHash)).toBe(false);
    expect((await written(payload.email, "203.0.113.24")).emails).toEqual([{ template: "account.welcome" }]);
  });

  it("creates one account when the link is used twice at once; the other use is a CONFLICT", async () => {
    const { payload, token } = link();
    const outcomes = await Promise.allSettled(
      [1, 2, 3].map((n) => completeSignUp(token, `${PASSWORD}-${n}`, { clientAddress: `203.0.113.3${n}` })),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes)
      if (outcome.status === "rejected") expect(outcome.reason).toMatchObject({ code: "CONFLICT" });
    expect(await getDb().user.count({ where: { email: payload.email } })).toBe(1);
    expect(await getDb().emailMessage.count({ where: { to: payload.email } })).toBe(1);
  });

  it(`refuses past ${RATE_LIMITS.signUpCompletePerAddress.limit} accounts from one address an hour, writing nothing`, async () => {
    const clientAddress = "192.0.2.91";
    const now = new Date();
    const rule = rateLimitRule("signUpCompletePerAddress", clientAddress);
    for (let n = 0; n < rule.limit; n++) expect((await consumeRateLimit(getDb(), rule, now)).allowed).toBe(true);

    const { payload, token } = link({}, now);
    const error = await refusal(completeSignUp(token, PASSWORD, { clientAddress, now }));
    expect(error.code).toBe("RATE_LIMITED");
    expect(await getDb().user.count({ where: { email: payload.email } })).toBe(0);
    // Another address is not affected.
    await completeSignUp(token, PASSWORD, { clientAddress: "192.0.2.92", now });
    expect(await getDb().user.count({ where: { email: payload.email } })).toBe(1);
  });
});
