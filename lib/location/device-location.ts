import { z } from "zod";
import { parseInput } from "@/lib/forms/parse-input";
import type { ViewerLocation } from "./viewer-location";

// Three decimals of a degree: about 110 m of latitude (and less of longitude in France), enough
// to sort shops by distance without keeping the shopper's exact position in a cookie.
const PRECISION = 1000;

export function roundCoordinate(value: number): number {
  const rounded = Math.round(value * PRECISION) / PRECISION;
  return Object.is(rounded, -0) ? 0 : rounded;
}

const INVALID = "discovery.location.errors.coordinatesInvalid";

export const deviceCoordinatesSchema = z.object({
  latitude: z.number(INVALID).min(-90, INVALID).max(90, INVALID),
  longitude: z.number(INVALID).min(-180, INVALID).max(180, INVALID),
});

/** The browser's position, checked and rounded; `label` is the words for "my location". */
export function deviceLocation(input: { latitude?: unknown; longitude?: unknown }, label: string): ViewerLocation {
  const { latitude, longitude } = parseInput(deviceCoordinatesSchema, input);
  return {
    label,
    latitude: roundCoordinate(latitude),
    longitude: roundCoordinate(longitude),
    postcode: null,
    source: "device",
  };
}
