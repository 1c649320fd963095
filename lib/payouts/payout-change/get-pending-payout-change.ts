import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseIdOrThrow } from "@/lib/parse-id";
import { maskIban } from "../iban";

export type PendingPayoutChange = {
  /** the account in use, masked */
  current: { holderName: string | null; maskedIban: string | null };
  /** the account asked for, masked: the full IBAN never reaches a page */
  requested: { holderName: string | null; maskedIban: string };
  requestedAt: Date;
};

/** For the operator's seller page: the shop's payout account change waiting for a decision, or null. */
export async function getPendingPayoutChange(actor: Actor | null, shopId: string): Promise<PendingPayoutChange | null> {
  assertRole(actor, "OPERATOR");
  const shop = await getDb().shop.findUnique({
    where: { id: parseIdOrThrow(shopId) },
    select: {
      payoutHolderName: true,
      payoutIban: true,
      pendingPayoutHolderName: true,
      pendingPayoutIban: true,
      payoutChangeRequestedAt: true,
    },
  });
  if (!shop) throw new AppError("NOT_FOUND");
  if (!shop.pendingPayoutIban || !shop.payoutChangeRequestedAt) return null;
  return {
    current: { holderName: shop.payoutHolderName, maskedIban: shop.payoutIban ? maskIban(shop.payoutIban) : null },
    requested: { holderName: shop.pendingPayoutHolderName, maskedIban: maskIban(shop.pendingPayoutIban) },
    requestedAt: shop.payoutChangeRequestedAt,
  };
}
