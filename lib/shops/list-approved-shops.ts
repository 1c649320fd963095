import "server-only";
import { getDb } from "@/lib/db";

export type ApprovedShopSummary = { id: string; slug: string; name: string; trade: string; city: string | null };

/** Shops a shopper may see: approved ones only, by name. */
export async function listApprovedShops({ take = 24 }: { take?: number } = {}): Promise<ApprovedShopSummary[]> {
  return getDb().shop.findMany({
    where: { status: "APPROVED" },
    select: { id: true, slug: true, name: true, trade: true, city: true },
    orderBy: { name: "asc" },
    take,
  });
}
