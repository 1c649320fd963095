import { clientAddressFromHeaders } from "@/lib/http/client-address";
import { getLocale } from "@/lib/i18n/server";
import { rateLimitRequest } from "@/lib/rate-limit/rate-limit-request";
import { retryAfterSeconds } from "@/lib/rate-limit/rate-limit-error";
import { MAX_SUGGEST_LENGTH, suggestProducts } from "@/lib/search/suggest-products";
import { cleanText } from "@/lib/text/clean-text";

/**
 * Type-ahead for the search box: titles of visible products (public, GET ?q=). Rate-limited per
 * client address, the one the custom server set (docs/security.md, "Throttles and client
 * addresses"): past the limit, 429 with Retry-After, never cached.
 */
export async function GET(request: Request): Promise<Response> {
  const decision = await rateLimitRequest("suggestPerAddress", clientAddressFromHeaders(request.headers));
  if (!decision.allowed) {
    return Response.json([], {
      status: 429,
      headers: { "Retry-After": String(retryAfterSeconds(decision.retryAfterMs)), "Cache-Control": "no-store" },
    });
  }
  // NUL bytes and control characters never reach PostgreSQL (lib/text/clean-text.ts).
  const typed = cleanText(new URL(request.url).searchParams.get("q"), MAX_SUGGEST_LENGTH);
  const titles = await suggestProducts(typed, await getLocale());
  return Response.json(titles, { headers: { "Cache-Control": "public, max-age=60" } });
}
