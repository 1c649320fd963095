import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isLocale } from "@/lib/i18n/config";
import { queueEmail } from "@/lib/notifications/queue-email";
import { maskIban } from "../iban";
import { queueReviewRequestedEmails } from "@/lib/onboarding/request-shop-review";

/**
 * In the caller's transaction: a once-approved shop's new payout account is stored as pending
 * (the payouts keep the approved one), audited without the IBAN, the shop's owner is e-mailed at
 * their account address (so a change made by someone else is seen) and every operator is told
 * there is something to review (docs/security.md, payout details).
 */
export async function requestPayoutChange(
  tx: Prisma.TransactionClient,
  actor: Actor,
  shop: { id: string; name: string },
  change: { holderName: string; iban: string; fields: string[] },
): Promise<void> {
  const requestedAt = new Date();
  const updated = await tx.shop.updateMany({
    where: { id: shop.id, ownerId: actor.id },
    data: {
      pendingPayoutHolderName: change.holderName,
      pendingPayoutIban: change.iban,
      payoutChangeRequestedAt: requestedAt,
    },
  });
  if (updated.count !== 1) throw new AppError("NOT_FOUND");
  await recordAudit(tx, {
    actorId: actor.id,
    action: "shop.payout-change-requested",
    entityType: "Shop",
    entityId: shop.id,
    data: { fields: change.fields },
  });
  const { owner } = await tx.shop.findUniqueOrThrow({
    where: { id: shop.id },
    select: { owner: { select: { name: true, email: true, locale: true } } },
  });
  await queueEmail(tx, {
    to: owner.email,
    locale: isLocale(owner.locale) ? owner.locale : "fr",
    template: "payout.change-requested",
    data: {
      vendorName: owner.name,
      shopName: shop.name,
      maskedIban: maskIban(change.iban),
      dashboardUrl: appUrl(`/dashboard/shops/${shop.id}/setup/payout`),
    },
  });
  await queueReviewRequestedEmails(tx, shop);
}
