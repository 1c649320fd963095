import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { readOpeningHours, type OpeningHours } from "@/lib/shops/opening-hours";

export type ShopLocationValues = {
  addressLine: string;
  postalCode: string;
  city: string;
  country: string;
  latitude: number | null;
  longitude: number | null;
  openingHours: OpeningHours;
};

/** What the location step shows: the owner's shop only (NOT_FOUND otherwise). */
export async function getShopLocation(actor: Actor | null, shopId: string): Promise<ShopLocationValues> {
  const shop = await getOwnedShopOrThrow(getDb(), actor, shopId, {
    addressLine: true,
    postalCode: true,
    city: true,
    country: true,
    latitude: true,
    longitude: true,
    openingHours: true,
  });
  return {
    addressLine: shop.addressLine ?? "",
    postalCode: shop.postalCode ?? "",
    city: shop.city ?? "",
    country: shop.country,
    latitude: shop.latitude,
    longitude: shop.longitude,
    openingHours: readOpeningHours(shop.openingHours),
  };
}
