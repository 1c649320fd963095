import { describe, expect, it } from "vitest";
import { newUnlockNonce, readUnlockToken, signUnlockToken } from "./sign-in-throttle-token";

describe("the sign-in unlock token", () => {
  const now = new Date("2026-11-23T10:00:00Z");
  const payload = { email: "ana@example.fr", nonce: newUnlockNonce(), expiresAt: new Date("2026-11-24T10:00:00Z") };

  it("reads back what it signed until it expires", () => {
    const token = signUnlockToken(payload);
    expect(readUnlockToken(token, now)).toEqual(payload);
    expect(readUnlockToken(token, new Date("2026-11-24T10:00:00Z"))).toBeNull();
  });

  it("refuses a token changed in any way, or not a token at all", () => {
    const token = signUnlockToken(payload);
    const [body, signature] = token.split(".") as [string, string];
    const forged = Buffer.from(JSON.stringify({ e: "eve@example.fr", n: payload.nonce, x: 9e15 })).toString(
      "base64url",
    );
    expect(readUnlockToken(`${forged}.${signature}`, now)).toBeNull();
    expect(readUnlockToken(`${body}.${signature.slice(1)}x`, now)).toBeNull();
    expect(readUnlockToken(`${token}.more`, now)).toBeNull();
    expect(readUnlockToken("", now)).toBeNull();
    expect(readUnlockToken(42, now)).toBeNull();
  });
});
