import "server-only";
import { z } from "zod";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { isLocale } from "@/lib/i18n/config";
import { queueEmail } from "@/lib/notifications/queue-email";
import { idSchema } from "@/lib/parse-id";
import { maskIban } from "../iban";

export const decidePayoutChangeSchema = z.object({
  shopId: idSchema({ invalid: "forms.errors.invalid" }),
  /** when the change the operator saw was asked (ISO): a newer request is not decided blind */
  requestedAt: z.iso.datetime({ error: "forms.errors.invalid" }).transform((text) => new Date(text)),
});
export type DecidePayoutChangeInput = z.input<typeof decidePayoutChangeSchema>;

/**
 * An operator approves (the pending account becomes the payout account) or refuses (it is
 * dropped) a shop's payout account change, in one transaction with the audit row and the owner's
 * e-mail. Only operators decide, so a vendor cannot approve their own change. The update is
 * conditional on the very request the operator saw (`requestedAt`): a change asked again since,
 * or already decided, is CONFLICT and nothing is written (docs/security.md, payout details).
 */
export async function decidePayoutChange(
  actor: Actor | null,
  decision: "approved" | "refused",
  input: DecidePayoutChangeInput,
): Promise<void> {
  assertRole(actor, "OPERATOR");
  const { shopId, requestedAt } = parseInput(decidePayoutChangeSchema, input);
  await getDb().$transaction(async (tx) => {
    const shop = await tx.shop.findUnique({
      where: { id: shopId },
      select: {
        id: true,
        name: true,
        pendingPayoutHolderName: true,
        pendingPayoutIban: true,
        owner: { select: { name: true, email: true, locale: true } },
      },
    });
    if (!shop) throw new AppError("NOT_FOUND");
    const { pendingPayoutIban: iban, pendingPayoutHolderName: holderName } = shop;
    const cleared = { pendingPayoutHolderName: null, pendingPayoutIban: null, payoutChangeRequestedAt: null };
    const { count } = await tx.shop.updateMany({
      where: { id: shop.id, pendingPayoutIban: { not: null }, payoutChangeRequestedAt: requestedAt },
      data: decision === "approved" ? { payoutHolderName: holderName, payoutIban: iban, ...cleared } : cleared,
    });
    if (count !== 1 || iban === null)
      throw new AppError("CONFLICT", `no such pending payout change on ${shop.id}`, {
        form: "security.review.payout.noPending",
      });
    await recordAudit(tx, {
      actorId: actor.id,
      action: decision === "approved" ? "shop.payout-change-approved" : "shop.payout-change-refused",
      entityType: "Shop",
      entityId: shop.id,
      data: { requestedAt: requestedAt.toISOString() },
    });
    await queueEmail(tx, {
      to: shop.owner.email,
      locale: isLocale(shop.owner.locale) ? shop.owner.locale : "fr",
      template: "payout.change-decided",
      data: {
        vendorName: shop.owner.name,
        shopName: shop.name,
        maskedIban: maskIban(iban),
        decision,
        dashboardUrl: appUrl(`/dashboard/shops/${shop.id}/setup/payout`),
      },
    });
  });
}
