import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { nextMonthStartOf } from "@/lib/fees/plan-charges";
import { parseIdOrThrow } from "@/lib/parse-id";
import { activeSubscriptionOf, lockOwnedShop } from "./billing-shop";

const conflict = (key: string, message: string) => new AppError("CONFLICT", message, { form: key });

/**
 * The owner cancels the shop's monthly subscription: it ends on the 1st of next month (`endsAt`),
 * the month already paid runs to its end, and it can be undone until then (resumeSubscription).
 * Then the billing run lapses the shop (docs/business-models.md, subscriptions and billing). A fixed term is not
 * cancelled: it simply is not renewed. Returns when it ends.
 */
export async function cancelSubscription(actor: Actor | null, shopId: string, now: Date = new Date()): Promise<Date> {
  assertRole(actor, "VENDOR");
  const id = parseIdOrThrow(shopId);
  return getDb().$transaction(async (tx) => {
    const shop = await lockOwnedShop(tx, actor.id, id);
    if (shop.status !== "APPROVED" && shop.status !== "SUSPENDED")
      throw conflict("billing.errors.shopNotLive", `shop is ${shop.status}`);
    const current = await activeSubscriptionOf(tx, shop.id);
    if (!current) throw conflict("billing.errors.noSubscription", "no subscription");
    if (current.plan.billing === "FIXED_TERM") throw conflict("billing.errors.rentCannotCancel", "a term runs out");
    if (current.cancelledAt) throw conflict("billing.errors.alreadyCancelled", "already cancelled");
    const endsAt = nextMonthStartOf(now);
    await tx.subscription.update({ where: { id: current.id }, data: { cancelledAt: now, endsAt } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "subscription.cancelled",
      entityType: "Shop",
      entityId: shop.id,
      data: { subscriptionId: current.id, endsAt: endsAt.toISOString() },
    });
    return endsAt;
  });
}

/** Undoes a cancellation before it takes effect: the subscription goes on as if nothing happened. */
export async function resumeSubscription(actor: Actor | null, shopId: string, now: Date = new Date()): Promise<void> {
  assertRole(actor, "VENDOR");
  const id = parseIdOrThrow(shopId);
  await getDb().$transaction(async (tx) => {
    const shop = await lockOwnedShop(tx, actor.id, id);
    const current = await activeSubscriptionOf(tx, shop.id);
    if (!current?.cancelledAt || !current.endsAt || current.endsAt <= now)
      throw conflict("billing.errors.notCancelled", "nothing to resume");
    await tx.subscription.update({ where: { id: current.id }, data: { cancelledAt: null, endsAt: null } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "subscription.resumed",
      entityType: "Shop",
      entityId: shop.id,
      data: { subscriptionId: current.id },
    });
  });
}
