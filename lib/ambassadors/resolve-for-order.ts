import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normaliseAmbassadorCode } from "./ambassador-code";

export type OrderBuyer = { userId: string | null; email: string };

/**
 * The ambassador an order is attributed to (docs/business-models.md, ambassadors), from the referral
 * cookie's code, in the checkout's transaction: null when there is no code or it is not one, the
 * code is unknown, the programme is turned off in the settings, or the buyer is the ambassador
 * (the same account, or a guest giving the ambassador's account e-mail): buying through one's own
 * link earns nothing.
 */
export async function resolveAmbassadorForOrder(
  tx: Prisma.TransactionClient,
  code: unknown,
  buyer: OrderBuyer,
): Promise<string | null> {
  const normalised = normaliseAmbassadorCode(code);
  if (!normalised) return null;
  // one connection: one query at a time
  const settings = await tx.marketplaceSettings.findUnique({ where: { id: 1 }, select: { ambassadorsEnabled: true } });
  const ambassador = await tx.ambassador.findUnique({
    where: { code: normalised },
    select: { id: true, userId: true, user: { select: { email: true } } },
  });
  // Without a settings row the schema's default holds: the programme runs.
  if (!ambassador || settings?.ambassadorsEnabled === false) return null;
  if (buyer.userId !== null && buyer.userId === ambassador.userId) return null;
  if (ambassador.user.email.trim().toLowerCase() === buyer.email.trim().toLowerCase()) return null;
  return ambassador.id;
}
