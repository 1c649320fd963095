// Production mode and the payment mode it allows (docs/security.md, "Production mode and
// configuration"). Pure functions of an environment, no I/O and no "server-only": the start
// scripts call them before anything else, the app calls them at runtime with process.env.

export type ConfigEnv = Readonly<Record<string, string | undefined>>;

/** The values HALLE_MODE may take; anything else is a configuration problem (and counts as production). */
export const HALLE_MODES = ["production", "development"] as const;

/** The operator's opt-in to the built-in test payments in production: a visible test mode. */
export const TEST_PAYMENTS_OPT_IN = "HALLE_TEST_PAYMENTS";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0"]);

/** Whether a URL names this machine (localhost, a loopback address, *.localhost). Unparsable: not local. */
export function isLocalUrl(value: string): boolean {
  try {
    const host = new URL(value).hostname.toLowerCase();
    return LOCAL_HOSTS.has(host) || host.endsWith(".localhost") || host.startsWith("127.");
  } catch {
    return false;
  }
}

/** The public addresses the app is configured with (APP_URL, NEXTAUTH_URL), the empty ones left out. */
export function configuredUrls(env: ConfigEnv): string[] {
  return [env.APP_URL, env.NEXTAUTH_URL].map((url) => url?.trim() ?? "").filter((url) => url !== "");
}

/**
 * Production: HALLE_MODE=production, or NODE_ENV=production with a public address that is not
 * this machine (APP_URL or NEXTAUTH_URL). HALLE_MODE=development says otherwise whatever the rest;
 * an unknown HALLE_MODE fails closed (production, and checkConfiguration reports it).
 */
export function isProductionMode(env: ConfigEnv): boolean {
  const mode = env.HALLE_MODE?.trim().toLowerCase();
  if (mode === "production") return true;
  if (mode === "development") return false;
  if (mode) return true;
  if (env.NODE_ENV !== "production") return false;
  return configuredUrls(env).some((url) => !isLocalUrl(url));
}

/**
 * How shoppers pay: `stripe` when STRIPE_SECRET_KEY is set; else the built-in test provider —
 * `test` outside production, `test-mode` in production with the opt-in (HALLE_TEST_PAYMENTS=1: a
 * banner on every page, orders marked test), `refused` in production without it.
 */
export type PaymentMode = "stripe" | "test" | "test-mode" | "refused";

export function paymentMode(env: ConfigEnv): PaymentMode {
  if (env.STRIPE_SECRET_KEY?.trim()) return "stripe";
  if (!isProductionMode(env)) return "test";
  return env[TEST_PAYMENTS_OPT_IN] === "1" ? "test-mode" : "refused";
}

/** Whether the built-in test provider may take a payment (never in production without the opt-in). */
export function testPaymentsAllowed(env: ConfigEnv): boolean {
  const mode = paymentMode(env);
  if (mode === "test" || mode === "test-mode") return true;
  // With Stripe configured, orders handed to the test provider earlier may still be paid outside production.
  return mode === "stripe" && !isProductionMode(env);
}

/** The visible test mode: production running the test provider by the operator's choice. */
export function isTestMode(env: ConfigEnv): boolean {
  return paymentMode(env) === "test-mode";
}
