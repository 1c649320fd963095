import "server-only";
import { getDb } from "@/lib/db";

export type ApprovedShopSummary = {
  id: string;
  slug: string;
  name: string;
  trade: string;
  city: string | null;
  /** the shop's plan is premium (a badge; docs/business-models.md, premium plans) */
  premium: boolean;
  /** the published reviews' counters (docs/trust.md, reviews): average = sum / count */
  rating: { count: number; sum: number };
};

/** Shops a shopper may see: approved ones only, by name. */
export async function listApprovedShops({ take = 24 }: { take?: number } = {}): Promise<ApprovedShopSummary[]> {
  const shops = await getDb().shop.findMany({
    where: { status: "APPROVED" },
    select: {
      id: true,
      slug: true,
      name: true,
      trade: true,
      city: true,
      plan: { select: { premium: true } },
      ratingCount: true,
      ratingSum: true,
    },
    orderBy: { name: "asc" },
    take,
  });
  return shops.map(({ plan, ratingCount, ratingSum, ...shop }) => ({
    ...shop,
    premium: plan?.premium ?? false,
    rating: { count: ratingCount, sum: ratingSum },
  }));
}
