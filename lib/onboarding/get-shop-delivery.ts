import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";

export type ShopDeliveryValues = {
  clickAndCollect: boolean;
  pickupInstructions: string;
  courierEnabled: boolean;
  courierRadiusKm: number | null;
  postalEnabled: boolean;
  postalCountries: string[];
  postageDueOnDelivery: boolean;
  handlingDays: number;
  country: string;
};

/** What the delivery step shows: the owner's shop only (NOT_FOUND otherwise). */
export async function getShopDelivery(actor: Actor | null, shopId: string): Promise<ShopDeliveryValues> {
  const shop = await getOwnedShopOrThrow(getDb(), actor, shopId, {
    clickAndCollect: true,
    pickupInstructions: true,
    courierEnabled: true,
    courierRadiusKm: true,
    postalEnabled: true,
    postalCountries: true,
    postageDueOnDelivery: true,
    handlingDays: true,
    country: true,
  });
  return { ...shop, pickupInstructions: shop.pickupInstructions ?? "" };
}
