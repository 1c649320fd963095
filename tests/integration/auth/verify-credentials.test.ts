import { describe, expect, it } from "vitest";
import { registerUser } from "@/lib/auth/register-user";
import { SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW_MS } from "@/lib/auth/sign-in-throttle";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";

const password = "a-good-password-42";

async function failTimes(email: string, ip: string, times: number, at: Date) {
  for (let i = 0; i < times; i++) {
    expect(await verifyCredentials({ email, password: "wrong-password" }, ip, at)).toBeNull();
  }
}

describe("verifyCredentials", () => {
  it("returns the user for the right password, with the role", async () => {
    await registerUser({ name: "Vera", email: "vera@example.fr", password, isVendor: true });
    const user = await verifyCredentials({ email: "VERA@example.fr", password }, "10.0.0.1");
    expect(user).toMatchObject({ email: "vera@example.fr", role: "VENDOR" });
  });

  it("answers the same null for an unknown e-mail and for a wrong password", async () => {
    await registerUser({ name: "Wes", email: "wes@example.fr", password, isVendor: false });
    expect(await verifyCredentials({ email: "wes@example.fr", password: "nope-nope-nope" }, "10.0.0.2")).toBeNull();
    expect(await verifyCredentials({ email: "nobody@example.fr", password }, "10.0.0.2")).toBeNull();
    expect(await verifyCredentials({ email: 42, password: null }, "10.0.0.2")).toBeNull();
  });

  it("refuses even the right password after 10 failures from one address within 15 minutes", async () => {
    await registerUser({ name: "Tom", email: "tom@example.fr", password, isVendor: false });
    const now = new Date();
    await failTimes("tom@example.fr", "10.0.0.3", SIGN_IN_MAX_FAILURES, now);
    const refused = await verifyCredentials({ email: "tom@example.fr", password }, "10.0.0.3", now).catch(
      (error) => error,
    );
    expect(isAppError(refused, "RATE_LIMITED")).toBe(true);
    // Another address is not locked out by someone else's failures.
    expect(await verifyCredentials({ email: "tom@example.fr", password }, "10.0.0.4", now)).not.toBeNull();
    // Once the failures have left the window, the right password works again.
    const later = new Date(now.getTime() + SIGN_IN_WINDOW_MS + 1000);
    expect(await verifyCredentials({ email: "tom@example.fr", password }, "10.0.0.3", later)).not.toBeNull();
  });

  it("does not lock an e-mail after 9 failures", async () => {
    await registerUser({ name: "Ana", email: "ana@example.fr", password, isVendor: false });
    const now = new Date();
    await failTimes("ana@example.fr", "10.0.0.5", SIGN_IN_MAX_FAILURES - 1, now);
    expect(await verifyCredentials({ email: "ana@example.fr", password }, "10.0.0.5", now)).not.toBeNull();
  });

  it("records each attempt, and records none while locked", async () => {
    const now = new Date();
    await failTimes("ghost@example.fr", "10.0.0.6", SIGN_IN_MAX_FAILURES, now);
    await verifyCredentials({ email: "ghost@example.fr", password }, "10.0.0.6", now).catch(() => null);
    expect(await getDb().signInAttempt.count({ where: { email: "ghost@example.fr" } })).toBe(SIGN_IN_MAX_FAILURES);
  });
});
