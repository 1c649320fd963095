import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What an order keeps of its buyer's company (docs/domain.md, business buyer), read in the
 * caller's transaction: a guest, or an account not ticked "I buy for a company", is a consumer.
 */
export async function businessBuyerSnapshot(
  tx: Prisma.TransactionClient,
  userId: string | null,
): Promise<{ buyerIsBusiness: boolean; buyerCompanyName: string | null; buyerVatNumber: string | null }> {
  const user = userId
    ? await tx.user.findUnique({
        where: { id: userId },
        select: { isBusiness: true, companyName: true, vatNumber: true },
      })
    : null;
  if (!user?.isBusiness) return { buyerIsBusiness: false, buyerCompanyName: null, buyerVatNumber: null };
  return { buyerIsBusiness: true, buyerCompanyName: user.companyName, buyerVatNumber: user.vatNumber };
}
