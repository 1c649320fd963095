import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isLocale } from "@/lib/i18n/config";
import { queueEmail, type QueuedEmail } from "@/lib/notifications/queue-email";
import type { EmailTemplateName } from "@/lib/notifications/templates";

export type ShopForTransition = {
  id: string;
  slug: string;
  name: string;
  owner: { name: string; email: string; locale: string };
};

type Transition<T extends EmailTemplateName> = {
  actorId: string;
  shopId: string;
  /** the update only applies while the shop still matches this (status, reviewPending…) */
  expected: Prisma.ShopWhereInput;
  data: Prisma.ShopUpdateManyMutationInput;
  action: string;
  reason?: string | null;
  email: (shop: ShopForTransition) => Omit<QueuedEmail<T>, "to" | "locale">;
  /** what else the decision does in its transaction (the subscription starts at approval, a reinstated month is charged) */
  after?: (tx: Prisma.TransactionClient, shop: ShopForTransition) => Promise<void>;
};

/**
 * One review decision in one transaction: a conditional update (the shop must still be in the
 * expected state — two operators clicking at once cannot both act; the second gets CONFLICT),
 * the audit row and the vendor's e-mail. Missing shop → NOT_FOUND.
 */
export async function transitionShop<T extends EmailTemplateName>(transition: Transition<T>): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const shop = await tx.shop.findUnique({
      where: { id: transition.shopId },
      select: {
        id: true,
        slug: true,
        name: true,
        status: true,
        owner: { select: { name: true, email: true, locale: true } },
      },
    });
    if (!shop) throw new AppError("NOT_FOUND");
    const { count } = await tx.shop.updateMany({
      where: { ...transition.expected, id: shop.id },
      data: transition.data,
    });
    if (count !== 1)
      throw new AppError("CONFLICT", `shop ${shop.id} is ${shop.status}`, { form: "sellers.errors.conflict" });
    await recordAudit(tx, {
      actorId: transition.actorId,
      action: transition.action,
      entityType: "Shop",
      entityId: shop.id,
      reason: transition.reason ?? null,
      data: { from: shop.status },
    });
    if (transition.after) await transition.after(tx, shop);
    const email = transition.email(shop);
    await queueEmail(tx, {
      ...email,
      to: shop.owner.email,
      locale: isLocale(shop.owner.locale) ? shop.owner.locale : "fr",
    } as QueuedEmail<T>);
  });
}
