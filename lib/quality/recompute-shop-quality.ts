import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { computeShopQuality, type ShopQualityReport } from "./compute-shop-quality";

/** The operator's "recompute now": the hourly job's run, at once (docs/trust.md, quality indicators). */
export async function recomputeShopQuality(actor: Actor | null): Promise<ShopQualityReport> {
  assertRole(actor, "OPERATOR");
  return computeShopQuality(new Date());
}
