import { describe, expect, it } from "vitest";
import { isCurrentSession, type Actor } from "@/lib/auth/actor";
import { changePassword } from "@/lib/auth/change-password";
import { authOptions } from "@/lib/auth/options";
import { readSessionVersion, signOutEverywhere } from "@/lib/auth/sessions";
import { registerUser } from "@/lib/auth/register-user";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { getDb } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";

// Revocable sessions (docs/security.md, headers, cookies and sessions).
const password = "a-good-password-42";
let counter = 0;

async function newActor(role: "SHOPPER" | "VENDOR" | "OPERATOR" = "SHOPPER"): Promise<Actor> {
  counter += 1;
  const email = `session-${counter}@example.fr`;
  const user = await registerUser({ name: `User ${counter}`, email, password, isVendor: role === "VENDOR" });
  if (role === "OPERATOR") await getDb().user.update({ where: { id: user.id }, data: { role: "OPERATOR" } });
  return { id: user.id, email: user.email, name: user.name, role };
}

async function stateOf(userId: string) {
  const user = await getDb().user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true, sessionVersion: true, email: true },
  });
  const audits = await getDb().auditLog.count({ where: { entityType: "User", entityId: userId } });
  const emails = await getDb().emailMessage.count({ where: { to: user.email, template: "account.password-changed" } });
  return { ...user, audits, emails };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("isCurrentSession", () => {
  it("accepts the account's version only; a token without one counts as version 0", () => {
    expect(isCurrentSession(2, 2)).toBe(true);
    expect(isCurrentSession(1, 2)).toBe(false);
    expect(isCurrentSession(3, 2)).toBe(false);
    expect(isCurrentSession(undefined, 0)).toBe(true);
    expect(isCurrentSession(undefined, 1)).toBe(false);
    expect(isCurrentSession("0", 0)).toBe(false);
    expect(isCurrentSession(null, 0)).toBe(false);
  });
});

describe("the session version in the JWT", () => {
  it("is copied from the account at sign-in, and kept on later reads", async () => {
    const actor = await newActor();
    await getDb().user.update({ where: { id: actor.id }, data: { sessionVersion: 4 } });
    const jwt = authOptions.callbacks!.jwt!;
    const signedIn = await jwt({ token: {}, user: { id: actor.id }, account: null } as never);
    expect(signedIn).toMatchObject({ sub: actor.id, sessionVersion: 4 });
    // A later request (no user) does not refresh it: raising the account's version ends this session.
    await getDb().user.update({ where: { id: actor.id }, data: { sessionVersion: 5 } });
    const later = await jwt({ token: signedIn, account: null } as never);
    expect(later.sessionVersion).toBe(4);
    expect(isCurrentSession(later.sessionVersion, await readSessionVersion(actor.id))).toBe(false);
  });
});

describe("signOutEverywhere", () => {
  it("raises the account's version (ending every session), records it, and touches no other account", async () => {
    const [actor, other] = [await newActor("VENDOR"), await newActor()];
    const before = await stateOf(actor.id);
    await signOutEverywhere(actor);
    const after = await stateOf(actor.id);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.audits).toBe(before.audits + 1);
    expect(isCurrentSession(before.sessionVersion, after.sessionVersion)).toBe(false);
    expect((await stateOf(other.id)).sessionVersion).toBe(0);
  });

  it("refuses a signed-out visitor", async () => {
    expect((await refusal(signOutEverywhere(null))).code).toBe("UNAUTHENTICATED");
  });
});

describe("changePassword", () => {
  it("changes the password and ends other sessions; the old password no longer signs in", async () => {
    const actor = await newActor();
    const before = await stateOf(actor.id);
    const newPassword = "another-good-password-7";
    const { sessionVersion } = await changePassword(actor, {
      currentPassword: password,
      newPassword,
      confirmPassword: newPassword,
    });
    const after = await stateOf(actor.id);
    expect(sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.sessionVersion).toBe(sessionVersion);
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(after.audits).toBe(before.audits + 1);
    // The owner is told by e-mail, in the account's language.
    expect(after.emails).toBe(before.emails + 1);
    const email = await getDb().emailMessage.findFirstOrThrow({
      where: { to: actor.email, template: "account.password-changed" },
    });
    expect(email.text).toContain(actor.email);
    expect(await verifyCredentials({ email: actor.email, password: newPassword }, "10.1.0.1")).not.toBeNull();
    expect(await verifyCredentials({ email: actor.email, password }, "10.1.0.1")).toBeNull();
  });

  const badInputs: [
    string,
    { currentPassword: string; newPassword: string; confirmPassword: string },
    string,
    string,
  ][] = [
    [
      "a wrong current password",
      {
        currentPassword: "not-my-password-1",
        newPassword: "another-good-password-7",
        confirmPassword: "another-good-password-7",
      },
      "currentPassword",
      "security.sessions.errors.currentPasswordWrong",
    ],
    [
      "no current password",
      { currentPassword: "", newPassword: "another-good-password-7", confirmPassword: "another-good-password-7" },
      "currentPassword",
      "security.sessions.errors.currentPasswordRequired",
    ],
    [
      "a new password shorter than sign-up allows",
      { currentPassword: password, newPassword: "short", confirmPassword: "short" },
      "newPassword",
      "auth.errors.passwordTooShort",
    ],
    [
      "a new password too long",
      { currentPassword: password, newPassword: "x".repeat(201), confirmPassword: "x".repeat(201) },
      "newPassword",
      "auth.errors.passwordTooLong",
    ],
    [
      "two different new passwords",
      { currentPassword: password, newPassword: "another-good-password-7", confirmPassword: "another-good-password-8" },
      "confirmPassword",
      "security.sessions.errors.passwordsDiffer",
    ],
  ];

  it.each(badInputs)("refuses %s, with nothing changed", async (_label, input, field, key) => {
    const actor = await newActor();
    const before = await stateOf(actor.id);
    const error = await refusal(changePassword(actor, input));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors[field]).toBe(key);
    expect(await stateOf(actor.id)).toEqual(before);
  });

  it("stops guessing: past 10 checks of the current password in an hour, even the right one is refused", async () => {
    const actor = await newActor();
    const wrong = {
      currentPassword: "guess-000000",
      newPassword: "stolen-session-pw-1",
      confirmPassword: "stolen-session-pw-1",
    };
    for (let guess = 0; guess < 10; guess += 1) {
      expect((await refusal(changePassword(actor, wrong))).code).toBe("VALIDATION");
    }
    const before = await stateOf(actor.id);
    const right = { ...wrong, currentPassword: password };
    const error = await refusal(changePassword(actor, right));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.fieldErrors.form).toBe("security.throttle.passwordChecks");
    expect(await stateOf(actor.id)).toEqual(before);
    // Another account is not concerned.
    const other = await newActor();
    await changePassword(other, { ...right, newPassword: "other-password-77", confirmPassword: "other-password-77" });
  });

  it("refuses a forged input of the wrong types, with nothing changed", async () => {
    const actor = await newActor();
    const before = await stateOf(actor.id);
    const forged = { currentPassword: 42, newPassword: null } as never;
    expect((await refusal(changePassword(actor, forged))).code).toBe("VALIDATION");
    expect(await stateOf(actor.id)).toEqual(before);
  });

  it("refuses a signed-out visitor; each actor changes only their own password", async () => {
    const [actor, other] = [await newActor("OPERATOR"), await newActor("VENDOR")];
    const otherBefore = await stateOf(other.id);
    const input = {
      currentPassword: password,
      newPassword: "operator-password-99",
      confirmPassword: "operator-password-99",
    };
    expect((await refusal(changePassword(null, input))).code).toBe("UNAUTHENTICATED");
    await changePassword(actor, input);
    expect(await stateOf(other.id)).toEqual(otherBefore);
  });
});
