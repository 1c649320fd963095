import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getOwnedShopOrThrow } from "../get-owned-shop";

export type ShippingPolicy = { shippingFeeMode: "PER_CLASS" | "PER_ORDER"; freeShippingThresholdAmount: number | null };

/** The vendor's own shop: how its shipping fees add up and from what amount shipping is free. */
export async function getShippingPolicy(actor: Actor | null, shopId: string): Promise<ShippingPolicy> {
  return getOwnedShopOrThrow(getDb(), actor, shopId, { shippingFeeMode: true, freeShippingThresholdAmount: true });
}
