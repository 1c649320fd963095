import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readToken, signToken } from "./signed-token";

describe("a signed token", () => {
  const now = new Date("2026-12-06T10:00:00Z");
  const expiresAt = new Date("2026-12-07T10:00:00Z");
  const data = { e: "lea@example.fr", n: "Léa", c: null };
  const read = (token: unknown, at: Date = now) => readToken("test-link", token, { maxLength: 1000, now: at });
  const bodyOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

  it("reads back what it signed, until it expires", () => {
    const token = signToken("test-link", data, expiresAt);
    expect(read(token)).toEqual({ data, expiresAt });
    expect(read(token, new Date(expiresAt.getTime() - 1))).not.toBeNull();
    expect(read(token, expiresAt)).toBeNull();
    expect(read(token, new Date("2027-01-01T00:00:00Z"))).toBeNull();
  });

  // Links already e-mailed must keep working: the format is fixed.
  it("is the base64url JSON (fields, then x) and the HMAC-SHA256 of purpose:body with the app's secret", () => {
    const secret = process.env.NEXTAUTH_SECRET ?? "halle-development-secret";
    const body = bodyOf({ ...data, x: expiresAt.getTime() });
    const signature = createHmac("sha256", secret).update(`test-link:${body}`).digest("base64url");
    expect(signToken("test-link", data, expiresAt)).toBe(`${body}.${signature}`);
  });

  it("refuses a tampered payload", () => {
    const [, signature] = signToken("test-link", data, expiresAt).split(".") as [string, string];
    expect(read(`${bodyOf({ ...data, e: "eve@example.fr", x: expiresAt.getTime() })}.${signature}`)).toBeNull();
    expect(read(`${bodyOf({ ...data, x: 9e15 })}.${signature}`)).toBeNull();
  });

  it("refuses a tampered signature", () => {
    const [body, signature] = signToken("test-link", data, expiresAt).split(".") as [string, string];
    const flipped = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    expect(read(`${body}.${flipped}`)).toBeNull();
    expect(read(`${body}.${signature.slice(1)}`)).toBeNull();
    expect(read(`${body}.${signature}x`)).toBeNull();
    expect(read(`${body}.`)).toBeNull();
  });

  it("refuses an expired token", () => {
    const token = signToken("test-link", data, new Date(now.getTime() - 1000));
    expect(read(token)).toBeNull();
    expect(read(signToken("test-link", data, now))).toBeNull();
  });

  it("refuses a token signed for another purpose", () => {
    const other = signToken("other-link", data, expiresAt);
    expect(read(other)).toBeNull();
    expect(readToken("other-link", other, { maxLength: 1000, now })).not.toBeNull();
    // A purpose that could run into the body is refused when signing.
    expect(() => signToken("test-link:x", data, expiresAt)).toThrow();
  });

  it("refuses garbage: not a string, too long, not two parts, not base64url, not a JSON object", () => {
    const token = signToken("test-link", data, expiresAt);
    const secret = process.env.NEXTAUTH_SECRET ?? "halle-development-secret";
    const wellSigned = (body: string) =>
      `${body}.${createHmac("sha256", secret).update(`test-link:${body}`).digest("base64url")}`;
    for (const garbage of [undefined, null, 42, {}, ["a", "b"], "", ".", "abc", `${token}.more`, `:${token}`])
      expect(read(garbage)).toBeNull();
    expect(readToken("test-link", token, { maxLength: token.length - 1, now })).toBeNull();
    expect(readToken("test-link", token, { maxLength: token.length, now })).not.toBeNull();
    expect(read(wellSigned(Buffer.from("not json").toString("base64url")))).toBeNull();
    expect(read(wellSigned(bodyOf([1, 2])))).toBeNull();
    expect(read(wellSigned(bodyOf("x")))).toBeNull();
    expect(read(wellSigned(bodyOf({ ...data, x: "9e15" })))).toBeNull();
    expect(read(wellSigned(bodyOf({ ...data, x: 9e15 })))).not.toBeNull();
    expect(read(wellSigned("a:b"))).toBeNull();
  });
});
