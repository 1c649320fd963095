import { z } from "zod";

// Where the shopper said they are: kept in a cookie (no account needed), changeable from the
// header. Without it everything works, without distances.
export const LOCATION_COOKIE = "halle_location";
export const LOCATION_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export const viewerLocationSchema = z.object({
  /** what the header shows: "Rochefort (17300)", or the words for "my position" */
  label: z.string().trim().min(1).max(80),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  postcode: z.string().max(10).nullable().default(null),
  /** "place" when chosen from the gazetteer, "device" when given by the browser */
  source: z.enum(["place", "device"]),
});

export type ViewerLocation = z.infer<typeof viewerLocationSchema>;

/** Reads the cookie value leniently: anything malformed means "no location". */
export function parseLocationCookie(value: string | undefined): ViewerLocation | null {
  if (!value) return null;
  try {
    const parsed = viewerLocationSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function serializeLocationCookie(location: ViewerLocation): string {
  return JSON.stringify(viewerLocationSchema.parse(location));
}
