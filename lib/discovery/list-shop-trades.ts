import "server-only";
import { getDb } from "@/lib/db";

/** The trades of the approved shops, for the directory's filter. */
export async function listShopTrades(): Promise<string[]> {
  const rows = await getDb().shop.findMany({
    where: { status: "APPROVED" },
    select: { trade: true },
    distinct: ["trade"],
    orderBy: { trade: "asc" },
  });
  return rows.map((row) => row.trade);
}
