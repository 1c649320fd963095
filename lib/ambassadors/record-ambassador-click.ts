import "server-only";
import { getDb } from "@/lib/db";
import { normaliseAmbassadorCode } from "./ambassador-code";
import { landingTarget } from "./build-ambassador-link";
import { loadAmbassadorProgramme } from "./programme-settings";

export type Referral = { code: string; cookieDays: number };

/**
 * A visit through an ambassador's link (docs/business-models.md, ambassadors): counts the click, with the
 * product or shop the link pointed to, and says what the referral cookie should hold and for how
 * long. A code that is not an ambassador's, or the programme closed → null, nothing written: the
 * visitor simply lands on the page. With `alreadyCounted` (the same code was counted earlier in
 * this browser session) nothing is written either, but the referral is still returned so the
 * cookie is refreshed. Public: a visitor need not be signed in.
 */
export async function recordAmbassadorClick(
  rawCode: unknown,
  targetPath: string,
  options: { alreadyCounted?: boolean } = {},
): Promise<Referral | null> {
  const code = normaliseAmbassadorCode(rawCode);
  if (!code) return null;
  const db = getDb();
  const [programme, ambassador] = await Promise.all([
    loadAmbassadorProgramme(db),
    db.ambassador.findUnique({ where: { code }, select: { id: true } }),
  ]);
  if (!programme.enabled || !ambassador) return null;
  if (!options.alreadyCounted) {
    const target = landingTarget(targetPath.split("?")[0]);
    const [productId, shopId] = await Promise.all([
      target?.kind === "product"
        ? db.product.findUnique({ where: { slug: target.slug }, select: { id: true } }).then((row) => row?.id ?? null)
        : null,
      target?.kind === "shop"
        ? db.shop.findUnique({ where: { slug: target.slug }, select: { id: true } }).then((row) => row?.id ?? null)
        : null,
    ]);
    await db.ambassadorClick.create({ data: { ambassadorId: ambassador.id, productId, shopId } });
  }
  return { code, cookieDays: programme.cookieDays };
}
