import { searchPlaces } from "@/lib/geo/gazetteer";

const MAX_QUERY_LENGTH = 60;

/**
 * Postcode and town suggestions for address fields, from the offline gazetteer: public, no
 * database, the same answer for everyone (cacheable).
 */
export function GET(request: Request): Response {
  const typed = (new URL(request.url).searchParams.get("q") ?? "").slice(0, MAX_QUERY_LENGTH).trim();
  const isPostcode = /^\d{2,5}$/.test(typed);
  const places = searchPlaces(typed, 8).map((place) => ({
    postcode:
      (isPostcode ? place.postcodes.find((code) => code.startsWith(typed)) : undefined) ?? place.postcodes[0] ?? "",
    city: place.name,
    lat: place.lat,
    lng: place.lng,
  }));
  return Response.json(places, { headers: { "Cache-Control": "public, max-age=86400" } });
}
