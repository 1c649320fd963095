import { getLocale } from "@/lib/i18n/server";
import { MAX_SUGGEST_LENGTH, suggestProducts } from "@/lib/search/suggest-products";

/** Type-ahead for the search box: titles of visible products (public, GET ?q=). */
export async function GET(request: Request): Promise<Response> {
  const typed = (new URL(request.url).searchParams.get("q") ?? "").slice(0, MAX_SUGGEST_LENGTH);
  const titles = await suggestProducts(typed, await getLocale());
  return Response.json(titles, { headers: { "Cache-Control": "public, max-age=60" } });
}
