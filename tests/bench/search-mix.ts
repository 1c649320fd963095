// The search benchmark's workload (tests/bench/search.ts, tests/bench/processes.ts): a varied mix of
// searches (common words, typos, prefixes; a viewer in a French town with a 10/25/50 km radius; some
// with a category or delivery filter), the same for a given seed, and how a browser asks for them.
import type { DeliveryMode, ProductSearchInput } from "@/lib/search/search-types";
import { random, type Town } from "./search-data";

export const WORDS = [
  "miel",
  "pain",
  "vélo",
  "fromage",
  "chocolat",
  "café",
  "bière",
  "savon",
  "bougie",
  "livre",
  "tomates",
  "huîtres",
  "confiture",
  "pain au levain",
  "miel de lavande",
  "bol en grès",
  "jeu de société",
  "atelier poterie",
  "cidre",
  "saucisson",
];
export const TYPOS = ["chocolt", "fromgae", "confitur", "lavnde", "saucison", "brioch", "bierre", "velo electrik"];
export const PREFIXES = ["fro", "mie", "cho", "vél", "bou", "sav", "con", "pai"];
export const CATEGORY_OF: Record<string, string> = {
  miel: "epicerie-fine",
  pain: "alimentation",
  vélo: "velo-et-mobilite",
  fromage: "alimentation",
  chocolat: "chocolats-et-confiseries",
  livre: "livres-et-papeterie",
  bière: "boissons",
};
export const DELIVERY: DeliveryMode[] = ["CLICK_AND_COLLECT", "LOCAL_COURIER", "POSTAL"];

export type Search = { input: ProductSearchInput; town: Town };

export function queryMix(towns: Town[], count: number, seed: number): Search[] {
  const rng = random(seed);
  const searches: Search[] = [];
  for (let i = 0; i < count; i++) {
    const roll = rng.next();
    const query = roll < 0.65 ? rng.pick(WORDS) : roll < 0.85 ? rng.pick(TYPOS) : rng.pick(PREFIXES);
    const town = rng.pick(towns);
    const input: ProductSearchInput = {
      query,
      near: { latitude: town.lat, longitude: town.lng },
      radiusKm: rng.pick([10, 25, 50]),
      locale: "fr",
      page: 1,
      pageSize: 24,
      sort: "relevance",
    };
    if (CATEGORY_OF[query] && rng.chance(0.25)) input.categorySlug = CATEGORY_OF[query];
    if (rng.chance(0.2)) input.delivery = rng.pick(DELIVERY);
    if (rng.chance(0.1)) input.inStockOnly = true;
    if (rng.chance(0.1)) input.page = 2;
    searches.push({ input, town });
  }
  return searches;
}

export function locationCookie(town: Town): string {
  const value = JSON.stringify({
    label: `${town.name} (${town.postcode})`,
    latitude: town.lat,
    longitude: town.lng,
    postcode: town.postcode,
    source: "place",
  });
  return `halle_location=${encodeURIComponent(value)}`;
}

export function searchPath(input: ProductSearchInput, origin = ""): string {
  const params = new URLSearchParams({ q: input.query ?? "" });
  if (input.radiusKm) params.set("radius", String(input.radiusKm));
  if (input.categorySlug) params.set("category", input.categorySlug);
  if (input.delivery) params.set("delivery", input.delivery);
  if (input.inStockOnly) params.set("inStock", "1");
  if (input.page && input.page > 1) params.set("page", String(input.page));
  return `${origin}/search?${params}`;
}

/** The same search through the public API (docs/api.md): the position as lat/lng instead of the cookie. */
export function apiSearchPath({ input, town }: Search): string {
  const params = new URLSearchParams({ q: input.query ?? "", lat: String(town.lat), lng: String(town.lng) });
  if (input.radiusKm) params.set("radius", String(input.radiusKm));
  if (input.categorySlug) params.set("category", input.categorySlug);
  if (input.delivery) params.set("delivery", input.delivery);
  if (input.inStockOnly) params.set("stock", "1");
  if (input.page && input.page > 1) params.set("page", String(input.page));
  return `/api/v1/search?${params}`;
}
