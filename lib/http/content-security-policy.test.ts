import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./content-security-policy";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe("contentSecurityPolicy", () => {
  const production = directives(contentSecurityPolicy({ nonce: "abc123==", development: false, https: true }));

  it("lets only the nonce's scripts run, without eval in production", () => {
    expect(production.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(production.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("allows eval in development only", () => {
    const dev = directives(contentSecurityPolicy({ nonce: "n", development: true, https: false }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
  });

  it("is never framed, loads no plugin, and posts forms only here and to Stripe", () => {
    expect(production.get("frame-ancestors")).toEqual(["'none'"]);
    expect(production.get("object-src")).toEqual(["'none'"]);
    expect(production.get("base-uri")).toEqual(["'self'"]);
    expect(production.get("connect-src")).toEqual(["'self'"]);
    expect(production.get("form-action")).toEqual([
      "'self'",
      "https://checkout.stripe.com",
      "https://connect.stripe.com",
    ]);
  });

  it("allows inline styles without a nonce (a nonce would disable 'unsafe-inline'), previews and map tiles", () => {
    expect(production.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(production.get("img-src")).toEqual(
      expect.arrayContaining([
        "'self'",
        "blob:",
        "data:",
        "https://tile.openstreetmap.org",
        "https://*.tile.openstreetmap.org",
      ]),
    );
  });

  it("upgrades insecure requests on https only", () => {
    expect(production.has("upgrade-insecure-requests")).toBe(true);
    expect(
      directives(contentSecurityPolicy({ nonce: "n", development: false, https: false })).has(
        "upgrade-insecure-requests",
      ),
    ).toBe(false);
  });
});

describe("newNonce", () => {
  it("is fresh each time and a valid base64 nonce of 128 bits", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
