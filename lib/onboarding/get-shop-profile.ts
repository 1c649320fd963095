import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { SOCIAL_NETWORKS, type SocialNetwork } from "./profile-schema";

export type ShopProfileValues = {
  name: string;
  trade: string;
  description: string;
  website: string;
  phone: string;
  email: string;
  logoUrl: string | null;
  bannerUrl: string | null;
  slug: string;
} & Record<SocialNetwork, string>;

/** What the profile step shows: the owner's shop only (NOT_FOUND otherwise). */
export async function getShopProfile(actor: Actor | null, shopId: string): Promise<ShopProfileValues> {
  const shop = await getOwnedShopOrThrow(getDb(), actor, shopId, {
    slug: true,
    name: true,
    trade: true,
    description: true,
    website: true,
    phone: true,
    email: true,
    socials: true,
    logoUrl: true,
    bannerUrl: true,
  });
  const socials = (shop.socials && typeof shop.socials === "object" ? shop.socials : {}) as Record<string, unknown>;
  const networks = Object.fromEntries(
    SOCIAL_NETWORKS.map((network) => [
      network,
      typeof socials[network] === "string" ? (socials[network] as string) : "",
    ]),
  ) as Record<SocialNetwork, string>;
  return {
    ...networks,
    slug: shop.slug,
    name: shop.name,
    trade: shop.trade,
    description: shop.description,
    website: shop.website ?? "",
    phone: shop.phone ?? "",
    email: shop.email ?? "",
    logoUrl: shop.logoUrl,
    bannerUrl: shop.bannerUrl,
  };
}
