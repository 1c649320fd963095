import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { searchPlaces, locatePostcode, type Place } from "@/lib/geo/gazetteer";
import { normalizePlaceName } from "@/lib/geo/distance";
import { toLatinDigits } from "@/lib/i18n/digits";
import type { ViewerLocation } from "./viewer-location";

export type PlaceChoice = { postcode: string; city: string };

export type ResolvedPlace =
  { kind: "location"; location: ViewerLocation } | { kind: "choices"; choices: PlaceChoice[] };

const queryInputSchema = z.object({
  query: z
    .string("discovery.location.errors.placeRequired")
    // a postcode typed in Persian digits ("۱۷۳۰۰") is the same postcode
    .overwrite(toLatinDigits)
    .trim()
    .min(2, "discovery.location.errors.placeRequired")
    .max(60, "discovery.location.errors.placeNotFound"),
});

/** "17300|Rochefort": a suggestion the shopper picked (re-checked here, never trusted) */
const choiceSchema = z
  .string()
  .max(120)
  .regex(/^\d{5}\|.+$/);

function toLocation(place: Place, postcode: string): ViewerLocation {
  return { label: `${place.name} (${postcode})`, latitude: place.lat, longitude: place.lng, postcode, source: "place" };
}

const notFound = () =>
  new AppError("VALIDATION", "place not found", { query: "discovery.location.errors.placeNotFound" });

/**
 * The shopper's location from what they typed or picked, looked up again in the offline
 * gazetteer (coordinates never come from the browser here). One clear match → the location;
 * several → the choices to offer; none → VALIDATION on the field.
 */
export function resolvePlace(input: { query?: unknown; choice?: unknown }): ResolvedPlace {
  const choice = choiceSchema.safeParse(input.choice);
  if (input.choice !== undefined && input.choice !== "") {
    if (!choice.success) throw notFound();
    const [postcode = "", city = ""] = choice.data.split("|");
    const place = locatePostcode(postcode, city);
    if (!place || normalizePlaceName(place.name) !== normalizePlaceName(city)) throw notFound();
    return { kind: "location", location: toLocation(place, postcode) };
  }

  const { query } = parseInput(queryInputSchema, { query: input.query });
  const isPostcode = /^\d{5}$/.test(query);
  const candidates = searchPlaces(query, 8);
  const codeOf = (place: Place) => (isPostcode ? query : (place.postcodes[0] ?? ""));
  const exact = isPostcode
    ? candidates.filter((place) => place.postcodes.includes(query))
    : candidates.filter((place) => normalizePlaceName(place.name) === normalizePlaceName(query));
  const best = exact.length > 0 ? exact : candidates;
  if (best.length === 0) throw notFound();
  if (best.length === 1) return { kind: "location", location: toLocation(best[0], codeOf(best[0])) };
  return { kind: "choices", choices: best.map((place) => ({ postcode: codeOf(place), city: place.name })) };
}
