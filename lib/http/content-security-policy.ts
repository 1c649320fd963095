/**
 * The Content-Security-Policy of every page (docs/security.md, headers, cookies and sessions),
 * built per request by proxy.ts with a fresh nonce: Next.js reads the nonce from the request's
 * header and puts it on its own scripts, so only those run.
 *
 * - scripts: the nonce, then 'strict-dynamic' (what Next's scripts load, e.g. Leaflet's chunk, may
 *   run); 'unsafe-eval' only in development, where React rebuilds server error stacks with eval.
 * - styles: 'self' 'unsafe-inline'. Leaflet positions its tiles and markers with inline styles and
 *   React renders `style` attributes; a nonce cannot cover style attributes, and a nonce present
 *   would make browsers ignore 'unsafe-inline'. Styles cannot run script: accepted.
 * - images: 'self' (photos under /files/), blob: and data: (the photo manager's previews), the map
 *   tiles' server.
 * - forms: 'self' and Stripe (Checkout and Connect onboarding are a server action's redirect; a
 *   form posted without JavaScript follows that redirect, which form-action checks).
 * - never framed, no plugins, no <base> elsewhere; connections to this origin only.
 */
export const MAP_TILE_SOURCES = ["https://tile.openstreetmap.org", "https://*.tile.openstreetmap.org"] as const;
export const STRIPE_FORM_TARGETS = ["https://checkout.stripe.com", "https://connect.stripe.com"] as const;

export function contentSecurityPolicy(options: { nonce: string; development: boolean; https: boolean }): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    [
      "script-src",
      "'self'",
      `'nonce-${options.nonce}'`,
      "'strict-dynamic'",
      ...(options.development ? ["'unsafe-eval'"] : []),
    ],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "blob:", "data:", ...MAP_TILE_SOURCES],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'", ...STRIPE_FORM_TARGETS],
    ["frame-ancestors", "'none'"],
    ...(options.https ? ([["upgrade-insecure-requests"]] as [string][]) : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** A nonce: 128 random bits, base64 (a CSP nonce-source). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** HSTS, sent only when the marketplace is on https: two years, subdomains included. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
