import "server-only";
import { appUrl } from "@/lib/app-url";
import { BILLING_TIME_ZONE } from "@/lib/fees/plan-charges";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isLocale } from "@/lib/i18n/config";
import { queueEmail } from "@/lib/notifications/queue-email";
import { prepaidTermOf } from "./billing-shop";

/**
 * Reminds the vendor that the shop's fixed term ends in `days` days (7, then 1), each once: the
 * conditional update on reminder7SentAt / reminder1SentAt decides which worker sends it. The 1-day
 * reminder also marks the 7-day one (a term found that late gets only the nearer one). No reminder
 * when the next term is already paid.
 */
export async function sendRenewalReminder(
  tx: Prisma.TransactionClient,
  subscriptionId: string,
  days: 1 | 7,
  now: Date,
): Promise<boolean> {
  const { count } = await tx.subscription.updateMany({
    where: {
      id: subscriptionId,
      status: "ACTIVE",
      ...(days === 7 ? { reminder7SentAt: null } : { reminder1SentAt: null }),
    },
    data: days === 7 ? { reminder7SentAt: now } : { reminder1SentAt: now },
  });
  if (count !== 1) return false;
  const subscription = await tx.subscription.findUniqueOrThrow({
    where: { id: subscriptionId },
    select: {
      endsAt: true,
      reminder7SentAt: true,
      plan: { select: { name: true } },
      shop: { select: { id: true, name: true, owner: { select: { name: true, email: true, locale: true } } } },
    },
  });
  if (days === 1 && !subscription.reminder7SentAt)
    await tx.subscription.update({ where: { id: subscriptionId }, data: { reminder7SentAt: now } });
  if (await prepaidTermOf(tx, subscription.shop.id)) return false;
  const owner = subscription.shop.owner;
  await queueEmail(tx, {
    to: owner.email,
    locale: isLocale(owner.locale) ? owner.locale : "fr",
    template: "billing.renewal-reminder",
    data: {
      vendorName: owner.name,
      shopName: subscription.shop.name,
      planName: subscription.plan.name,
      endsAt: subscription.endsAt!.toISOString(),
      timeZone: BILLING_TIME_ZONE,
      daysLeft: days,
      renewUrl: appUrl("/dashboard/plan"),
    },
  });
  return true;
}
