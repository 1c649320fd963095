import "server-only";
import { getDb } from "@/lib/db";
import { readOpeningHours, type OpeningHours } from "./opening-hours";
import { isCleanText } from "@/lib/text/clean-text";

export type ShopSocialLinks = Record<string, string>;

export type ShopDeliveryOptions = {
  clickAndCollect: boolean;
  pickupInstructions: string | null;
  courier: boolean;
  courierRadiusKm: number | null;
  postal: boolean;
  /** ISO 3166-1 alpha-2 codes */
  postalCountries: string[];
  postageDueOnDelivery: boolean;
  handlingDays: number;
};

export type ApprovedShopPage = {
  id: string;
  slug: string;
  name: string;
  trade: string;
  description: string;
  logoUrl: string | null;
  bannerUrl: string | null;
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
  country: string;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  socials: ShopSocialLinks;
  openingHours: OpeningHours;
  delivery: ShopDeliveryOptions;
  /** the shop's plan is premium (a badge; docs/business-models.md, premium plans) */
  premium: boolean;
  /** the published reviews' counters (docs/trust.md, reviews): average = sum / count */
  rating: { count: number; sum: number };
};

// Public fields only: never identity (KYC), payout account, plan or review state; of the plan,
// only whether it is premium (the page shows a badge); of the reviews, the published ones' counters.
const PUBLIC_SELECT = {
  id: true,
  slug: true,
  name: true,
  trade: true,
  description: true,
  logoUrl: true,
  bannerUrl: true,
  addressLine: true,
  postalCode: true,
  city: true,
  country: true,
  latitude: true,
  longitude: true,
  phone: true,
  email: true,
  website: true,
  socials: true,
  openingHours: true,
  clickAndCollect: true,
  pickupInstructions: true,
  courierEnabled: true,
  courierRadiusKm: true,
  postalEnabled: true,
  postalCountries: true,
  postageDueOnDelivery: true,
  handlingDays: true,
  plan: { select: { premium: true } },
  ratingCount: true,
  ratingSum: true,
} as const;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** Stored socials JSON → network → http(s) URL; anything else (a javascript: link…) is dropped. */
function readSocials(value: unknown): ShopSocialLinks {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  const links: ShopSocialLinks = {};
  for (const [network, url] of Object.entries(value)) {
    if (typeof url === "string" && isHttpUrl(url)) links[network] = url;
  }
  return links;
}

/** A shop's public page: null unless the shop exists and is approved (every other status is hidden). */
export async function getApprovedShop(slug: string): Promise<ApprovedShopPage | null> {
  // a slug with a NUL byte names no shop and never reaches PostgreSQL (lib/text/clean-text.ts)
  if (!isCleanText(slug) || slug.length === 0 || slug.length > 200) return null;
  const shop = await getDb().shop.findFirst({ where: { slug, status: "APPROVED" }, select: PUBLIC_SELECT });
  if (!shop) return null;
  return {
    id: shop.id,
    slug: shop.slug,
    name: shop.name,
    trade: shop.trade,
    description: shop.description,
    logoUrl: shop.logoUrl,
    bannerUrl: shop.bannerUrl,
    addressLine: shop.addressLine,
    postalCode: shop.postalCode,
    city: shop.city,
    country: shop.country,
    latitude: shop.latitude,
    longitude: shop.longitude,
    phone: shop.phone,
    email: shop.email,
    website: shop.website && isHttpUrl(shop.website) ? shop.website : null,
    socials: readSocials(shop.socials),
    openingHours: readOpeningHours(shop.openingHours),
    delivery: {
      clickAndCollect: shop.clickAndCollect,
      pickupInstructions: shop.clickAndCollect ? shop.pickupInstructions : null,
      courier: shop.courierEnabled && shop.courierRadiusKm !== null && shop.courierRadiusKm > 0,
      courierRadiusKm: shop.courierEnabled ? shop.courierRadiusKm : null,
      postal: shop.postalEnabled,
      postalCountries: shop.postalEnabled ? shop.postalCountries : [],
      postageDueOnDelivery: shop.postalEnabled && shop.postageDueOnDelivery,
      handlingDays: shop.handlingDays,
    },
    premium: shop.plan?.premium ?? false,
    rating: { count: shop.ratingCount, sum: shop.ratingSum },
  };
}
