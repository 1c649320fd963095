import { describe, expect, it } from "vitest";
import { isLocalUrl, isProductionMode, isTestMode, paymentMode, testPaymentsAllowed } from "./production-mode";

describe("isProductionMode (docs/security.md, production mode)", () => {
  it.each([
    ["nothing set", {}, false],
    ["NODE_ENV=production alone (next start on this machine)", { NODE_ENV: "production" }, false],
    [
      "NODE_ENV=production, local NEXTAUTH_URL",
      { NODE_ENV: "production", NEXTAUTH_URL: "http://localhost:3000" },
      false,
    ],
    ["NODE_ENV=production, loopback APP_URL", { NODE_ENV: "production", APP_URL: "http://127.0.0.1:3100" }, false],
    ["NODE_ENV=production, *.localhost", { NODE_ENV: "production", APP_URL: "http://halle.localhost" }, false],
    ["NODE_ENV=production, public APP_URL", { NODE_ENV: "production", APP_URL: "https://halle.example" }, true],
    [
      "NODE_ENV=production, public NEXTAUTH_URL beside a local APP_URL",
      { NODE_ENV: "production", APP_URL: "http://localhost:3000", NEXTAUTH_URL: "https://halle.example" },
      true,
    ],
    ["NODE_ENV=development, public URL", { NODE_ENV: "development", APP_URL: "https://halle.example" }, false],
    ["HALLE_MODE=production on this machine", { HALLE_MODE: "production" }, true],
    ["HALLE_MODE=Production (case)", { HALLE_MODE: " Production " }, true],
    [
      "HALLE_MODE=development overrides a public URL",
      { HALLE_MODE: "development", NODE_ENV: "production", APP_URL: "https://halle.example" },
      false,
    ],
    ["an unknown HALLE_MODE fails closed", { HALLE_MODE: "prod" }, true],
    ["an unparsable URL is not local", { NODE_ENV: "production", APP_URL: "halle.example" }, true],
  ])("%s → %s", (_label, env, expected) => {
    expect(isProductionMode(env)).toBe(expected);
  });

  it("knows local addresses", () => {
    expect(isLocalUrl("http://localhost:3000")).toBe(true);
    expect(isLocalUrl("http://[::1]:3000")).toBe(true);
    expect(isLocalUrl("https://localhost.example")).toBe(false);
    expect(isLocalUrl("not a url")).toBe(false);
  });
});

describe("paymentMode", () => {
  const production = { HALLE_MODE: "production" };
  it.each([
    ["development, no Stripe", {}, "test", true, false],
    ["development, Stripe", { STRIPE_SECRET_KEY: "sk_test_x" }, "stripe", true, false],
    ["production, Stripe", { ...production, STRIPE_SECRET_KEY: "sk_live_x" }, "stripe", false, false],
    ["production, no Stripe", production, "refused", false, false],
    ["production, no Stripe, opt-in", { ...production, HALLE_TEST_PAYMENTS: "1" }, "test-mode", true, true],
    ["production, opt-in not exactly 1", { ...production, HALLE_TEST_PAYMENTS: "yes" }, "refused", false, false],
    [
      "production, Stripe and opt-in: Stripe wins, no test payments",
      { ...production, STRIPE_SECRET_KEY: "sk_live_x", HALLE_TEST_PAYMENTS: "1" },
      "stripe",
      false,
      false,
    ],
    ["a blank Stripe key is no key", { ...production, STRIPE_SECRET_KEY: "  " }, "refused", false, false],
  ])("%s → %s", (_label, env, mode, allowed, testMode) => {
    expect(paymentMode(env)).toBe(mode);
    expect(testPaymentsAllowed(env)).toBe(allowed);
    expect(isTestMode(env)).toBe(testMode);
  });
});
