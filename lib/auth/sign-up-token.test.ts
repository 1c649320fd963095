import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newUnlockNonce, signUnlockToken } from "./sign-in-throttle-token";
import { confirmSignUpPath, readSignUpToken, signSignUpToken, type SignUpTokenPayload } from "./sign-up-token";

// docs/security.md, "Sign-up": the e-mailed link carries the sign-up, signed, for 24 hours.
describe("the sign-up token", () => {
  const now = new Date("2026-12-06T10:00:00Z");
  const payload: SignUpTokenPayload = {
    email: "lea@example.fr",
    name: "Léa Dubois",
    role: "VENDOR",
    locale: "fa",
    callbackPath: "/cart?step=2",
    expiresAt: new Date("2026-12-07T10:00:00Z"),
  };
  const bodyOf = (data: Record<string, unknown>) => Buffer.from(JSON.stringify(data)).toString("base64url");

  it("reads back what it signed until it expires", () => {
    const token = signSignUpToken(payload);
    expect(readSignUpToken(token, now)).toEqual(payload);
    expect(readSignUpToken(signSignUpToken({ ...payload, callbackPath: null }), now)?.callbackPath).toBeNull();
    expect(readSignUpToken(token, new Date("2026-12-07T09:59:59Z"))).not.toBeNull();
    expect(readSignUpToken(token, new Date("2026-12-07T10:00:00Z"))).toBeNull();
  });

  it("refuses a token changed in any way, or not a token at all", () => {
    const token = signSignUpToken(payload);
    const [body, signature] = token.split(".") as [string, string];
    // Another e-mail, or the vendor role, under the old signature.
    const forged = bodyOf({ e: "eve@example.fr", n: "Eve", r: "VENDOR", l: "fr", c: null, x: 9e15 });
    expect(readSignUpToken(`${forged}.${signature}`, now)).toBeNull();
    expect(readSignUpToken(`${body}.${signature.slice(1)}x`, now)).toBeNull();
    expect(readSignUpToken(`${body}x.${signature}`, now)).toBeNull();
    expect(readSignUpToken(`${token}.more`, now)).toBeNull();
    expect(readSignUpToken(body, now)).toBeNull();
    expect(readSignUpToken("", now)).toBeNull();
    expect(readSignUpToken(42, now)).toBeNull();
    expect(readSignUpToken(["a", "b"], now)).toBeNull();
    expect(readSignUpToken(`${"a".repeat(7000)}.${signature}`, now)).toBeNull();
  });

  it("does not read a token signed for another purpose (the sign-in unlock link)", () => {
    const unlock = signUnlockToken({ email: payload.email, nonce: newUnlockNonce(), expiresAt: payload.expiresAt });
    expect(readSignUpToken(unlock, now)).toBeNull();
  });

  it("refuses a well-signed body that is not a sign-up (a role, language or destination it never writes)", () => {
    const secret = process.env.NEXTAUTH_SECRET ?? "halle-development-secret";
    const signed = (data: Record<string, unknown>) => {
      const body = bodyOf(data);
      return `${body}.${createHmac("sha256", secret).update(`sign-up-confirm:${body}`).digest("base64url")}`;
    };
    const good = { e: "lea@example.fr", n: "Léa", r: "SHOPPER", l: "fr", c: null, x: 9e15 };
    expect(readSignUpToken(signed(good), now)).not.toBeNull();
    expect(readSignUpToken(signed({ ...good, r: "OPERATOR" }), now)).toBeNull();
    expect(readSignUpToken(signed({ ...good, l: "de" }), now)).toBeNull();
    expect(readSignUpToken(signed({ ...good, c: "//evil.test" }), now)).toBeNull();
    expect(readSignUpToken(signed({ ...good, x: "9e15" }), now)).toBeNull();
  });

  it("makes the link of the e-mail", () => {
    const token = signSignUpToken(payload);
    expect(confirmSignUpPath(token)).toBe(`/sign-up/confirm?token=${token}`);
  });
});
