import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { locatePostcode } from "@/lib/geo/gazetteer";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { locationSchema, type LocationInput } from "./location-schema";
import { stepNumber } from "./steps";

/**
 * Step 2: address, coordinates and opening hours. Coordinates not given are found from the
 * postcode and town in the offline gazetteer (France); when still unknown the vendor places the
 * pin on the map.
 */
export async function saveShopLocation(
  actor: Actor | null,
  shopId: string,
  input: LocationInput,
): Promise<{ latitude: number; longitude: number }> {
  const db = getDb();
  await getOwnedShopOrThrow(db, actor, shopId, { id: true });
  const location = parseInput(locationSchema, input);
  let { latitude, longitude } = location;
  if (latitude === undefined || longitude === undefined) {
    const place = location.country === "FR" ? locatePostcode(location.postalCode, location.city) : null;
    if (!place) throw new AppError("VALIDATION", "coordinates unknown", { latitude: "onboarding.errors.pinRequired" });
    latitude = place.lat;
    longitude = place.lng;
  }
  await db.$transaction(async (tx) => {
    const shop = await getOwnedShopOrThrow(tx, actor, shopId, { id: true, ownerId: true, onboardingStep: true });
    await tx.shop.update({
      where: { id: shop.id, ownerId: shop.ownerId },
      data: {
        addressLine: location.addressLine,
        postalCode: location.postalCode,
        city: location.city,
        country: location.country,
        latitude,
        longitude,
        openingHours: location.openingHours,
        onboardingStep: Math.max(shop.onboardingStep, stepNumber("location") + 1),
      },
    });
  });
  return { latitude, longitude };
}
