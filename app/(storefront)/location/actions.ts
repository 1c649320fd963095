"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { PlaceFormState } from "@/components/discovery/place-form";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { cookieOptions } from "@/lib/http/cookie-options";
import { getT } from "@/lib/i18n/server";
import { deviceLocation } from "@/lib/location/device-location";
import { resolvePlace, type PlaceChoice } from "@/lib/location/resolve-place";
import { safeReturnTo } from "@/lib/location/return-to";
import {
  LOCATION_COOKIE,
  LOCATION_COOKIE_MAX_AGE,
  serializeLocationCookie,
  type ViewerLocation,
} from "@/lib/location/viewer-location";

async function storeLocation(location: ViewerLocation) {
  // Read by the server only: no script of the page needs it.
  (await cookies()).set(
    LOCATION_COOKIE,
    serializeLocationCookie(location),
    cookieOptions({ maxAge: LOCATION_COOKIE_MAX_AGE }),
  );
}

/** A town or postcode typed or picked: looked up again on the server, then back to returnTo. */
export async function setLocationFromPlace(_previous: PlaceFormState, formData: FormData): Promise<PlaceFormState> {
  const { t } = await getT();
  const query = String(formData.get("query") ?? "");
  let choices: PlaceChoice[] = [];
  const state = await runFormAction(t, "setLocationFromPlace", async () => {
    const resolved = resolvePlace({
      query,
      choice: formData.getAll("choice").find((value) => typeof value === "string" && value !== ""),
    });
    if (resolved.kind === "choices") {
      choices = resolved.choices;
      return t("discovery.location.choicesTitle");
    }
    await storeLocation(resolved.location);
    redirect(safeReturnTo(formData.get("returnTo")));
  });
  return { ...state, status: choices.length > 0 ? "idle" : state.status, query, choices };
}

/** The browser's geolocation (rounded to about 100 m), then back to returnTo. */
export async function setLocationFromDevice(
  coordinates: { latitude: number; longitude: number },
  returnTo: string,
): Promise<FormState> {
  const { t } = await getT();
  return runFormAction(t, "setLocationFromDevice", async () => {
    await storeLocation(deviceLocation(coordinates, t("discovery.location.myPosition")));
    redirect(safeReturnTo(returnTo));
  });
}

/** Forget the location: everything is listed without distances again. */
export async function clearLocation(formData: FormData): Promise<void> {
  (await cookies()).delete(LOCATION_COOKIE);
  redirect(safeReturnTo(formData.get("returnTo")));
}
