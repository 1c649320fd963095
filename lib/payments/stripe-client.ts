import "server-only";
import Stripe from "stripe";

/** Stripe is optional: without STRIPE_SECRET_KEY the marketplace pays out by IBAN only. */
export function isStripeConfigured(): boolean {
  return Boolean(process.env.STRIPE_SECRET_KEY);
}

/**
 * The official SDK, pointed at STRIPE_API_BASE when set (e.g. http://127.0.0.1:12111, a local
 * fake used by the tests or stripe-mock), else at api.stripe.com. Null when Stripe is not configured.
 */
export function getStripe(): Stripe | null {
  const key = process.env.STRIPE_SECRET_KEY;
  if (!key) return null;
  const base = process.env.STRIPE_API_BASE;
  if (!base) return new Stripe(key, { maxNetworkRetries: 2 });
  const url = new URL(base);
  const protocol = url.protocol === "http:" ? "http" : "https";
  return new Stripe(key, {
    host: url.hostname,
    port: url.port || (protocol === "http" ? 80 : 443),
    protocol,
    maxNetworkRetries: 0,
    telemetry: false,
  });
}
