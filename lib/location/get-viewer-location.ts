import "server-only";
import { cookies } from "next/headers";
import { LOCATION_COOKIE, parseLocationCookie, type ViewerLocation } from "./viewer-location";

/** The viewer's chosen location, or null (server components and actions). */
export async function getViewerLocation(): Promise<ViewerLocation | null> {
  return parseLocationCookie((await cookies()).get(LOCATION_COOKIE)?.value);
}
