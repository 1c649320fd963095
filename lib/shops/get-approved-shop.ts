import "server-only";
import { getDb } from "@/lib/db";

export type ApprovedShopPage = {
  id: string;
  slug: string;
  name: string;
  trade: string;
  description: string;
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
};

/** A shop's public page: null unless the shop exists and is approved (pending ones stay hidden). */
export async function getApprovedShop(slug: string): Promise<ApprovedShopPage | null> {
  return getDb().shop.findFirst({
    where: { slug, status: "APPROVED" },
    select: {
      id: true,
      slug: true,
      name: true,
      trade: true,
      description: true,
      addressLine: true,
      postalCode: true,
      city: true,
    },
  });
}
