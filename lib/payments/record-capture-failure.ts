import "server-only";
import { appUrl } from "@/lib/app-url";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { queueEmail } from "@/lib/notifications/queue-email";
import { emailLocaleOf, listOperatorInboxes } from "@/lib/notifications/recipients";
import type { ShopOrderStatus } from "@/lib/generated/prisma/enums";
import { captureDecision, nextCaptureAttemptAt } from "./capture-rules";

const CALLED_OFF: readonly ShopOrderStatus[] = ["REFUSED", "EXPIRED", "CANCELLED"];

/**
 * - `retrying`: the next attempt is put off (captureNextAttemptAt);
 * - `given-up`: the authorization lapsed or MAX_CAPTURE_ATTEMPTS was reached: captureFailedAt set
 *   and every operator e-mailed, once;
 * - `not-open`: the order is no longer an open authorization (captured, released, given up), or
 *   another failure was recorded meanwhile: nothing written.
 */
export type CaptureFailureOutcome = "retrying" | "given-up" | "not-open";

/**
 * Records a failed capture (or release) of an authorized order (docs/domain.md, capture), after its
 * transaction rolled back: attempts + 1, the error kept, the next attempt put off
 * (nextCaptureAttemptAt), or, once the authorization has lapsed or the provider refused
 * MAX_CAPTURE_ATTEMPTS times, the capture given up and the operators told once (the conditional
 * update on the attempts read lets one failure through, however many workers fail at once).
 */
export async function recordCaptureFailure(orderId: string, now: Date, error: unknown): Promise<CaptureFailureOutcome> {
  const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  return getDb().$transaction(async (tx) => {
    const order = await tx.order.findFirst({
      where: {
        id: orderId,
        captureMode: "ON_ACCEPTANCE",
        status: "PAID",
        capturedAt: null,
        authorizationReleasedAt: null,
        captureFailedAt: null,
      },
      select: {
        id: true,
        number: true,
        totalAmount: true,
        currency: true,
        captureAttempts: true,
        authorizationExpiresAt: true,
        shopOrders: {
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: {
            id: true,
            status: true,
            shop: { select: { name: true } },
            refunds: { where: { status: "PENDING" }, select: { amount: true } },
          },
        },
      },
    });
    if (!order) return "not-open";
    const attempts = order.captureAttempts + 1;
    const nextAttemptAt = nextCaptureAttemptAt(attempts, now, order.authorizationExpiresAt);
    const recorded = await tx.order.updateMany({
      where: { id: order.id, captureAttempts: order.captureAttempts, captureFailedAt: null },
      data: {
        captureAttempts: attempts,
        captureLastError: lastError,
        captureNextAttemptAt: nextAttemptAt,
        ...(nextAttemptAt === null ? { captureFailedAt: now } : {}),
      },
    });
    if (recorded.count !== 1) return "not-open";
    if (nextAttemptAt !== null) {
      console.warn(`[captures] order ${order.number} attempt ${attempts} failed: ${lastError}`);
      return "retrying";
    }

    const lapsed = order.authorizationExpiresAt !== null && now >= order.authorizationExpiresAt;
    const decision = captureDecision(
      order.totalAmount,
      order.shopOrders,
      order.shopOrders.flatMap((part) => part.refunds),
    );
    const kind = decision.kind === "release" ? "release" : "capture";
    const amount = decision.kind === "capture" ? decision.amount : 0;
    console.error(
      `[captures] order ${order.number}: ${kind} GIVEN UP after ${attempts} attempts${lapsed ? " (authorization lapsed)" : ""}: ${lastError}`,
    );
    await recordAudit(tx, {
      actorId: null,
      action: "payment.capture-failed",
      entityType: "Order",
      entityId: order.id,
      data: { kind, amount, currency: order.currency, attempts, lapsed, lastError },
    });
    // The operator's part page shows the order's payment: a part the shop took on, when there is one.
    const part = order.shopOrders.find((candidate) => !CALLED_OFF.includes(candidate.status)) ?? order.shopOrders[0];
    for (const operator of await listOperatorInboxes(tx))
      await queueEmail(tx, {
        to: operator.email,
        locale: emailLocaleOf(operator.locale),
        template: "payment.capture-failed",
        data: {
          orderNumber: order.number,
          shopNames: order.shopOrders.map((candidate) => candidate.shop.name),
          kind,
          amount,
          currency: order.currency,
          attempts,
          lapsed,
          lastError,
          orderUrl: appUrl(`/admin/orders/${part.id}`),
        },
      });
    return "given-up";
  });
}
