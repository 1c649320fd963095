import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { applyJobTransition } from "@/lib/orders/transition-shop-order";
import { AUTHORIZATION_SAFETY_MARGIN_MS } from "./capture-rules";
import { captureOrderPayment } from "./capture-order-payment";

// The captures' sweep (docs/domain.md, capture; docs/architecture.md, jobs): every minute, and
// besides the job each answer asks for, so that no authorized order is forgotten.

export type CaptureSweepReport = { lapsed: number; captured: number; released: number };

/** An authorized order whose money is neither captured nor released yet. */
const OPEN_AUTHORIZATION = {
  captureMode: "ON_ACCEPTANCE",
  status: "PAID",
  capturedAt: null,
  authorizationReleasedAt: null,
} as const satisfies Prisma.OrderWhereInput;

/**
 * At `now`: (1) the parts still unanswered of authorized orders whose authorization lapses within
 * AUTHORIZATION_SAFETY_MARGIN_MS are expired through the engine's job path (refund written, both
 * sides e-mailed as for any expiry), so that (2) every authorized order with all its parts answered
 * is captured (the accepted parts) or released (none accepted). Each part and each order is
 * handled on its own, exactly once however many sweeps run at once; a capture failing is recorded
 * and tried again later, then given up with the operators told (recordCaptureFailure); any other
 * failure is logged and tried again at the next run. Returns what this call did.
 */
export async function sweepCaptures(now: Date, options: { batchSize?: number } = {}): Promise<CaptureSweepReport> {
  const batchSize = options.batchSize ?? 100;
  const report: CaptureSweepReport = { lapsed: 0, captured: 0, released: 0 };
  const db = getDb();
  const lapsing = {
    status: "AWAITING_ACCEPTANCE",
    order: {
      ...OPEN_AUTHORIZATION,
      authorizationExpiresAt: { lte: new Date(now.getTime() + AUTHORIZATION_SAFETY_MARGIN_MS) },
    },
  } as const satisfies Prisma.ShopOrderWhereInput;
  await eachId(
    (after) =>
      db.shopOrder.findMany({
        where: { ...lapsing, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: "asc" },
        take: batchSize,
        select: { id: true },
      }),
    async (id) => {
      if ((await applyJobTransition(id, "EXPIRE", now, { authorizationLapse: true })) === "done") report.lapsed++;
    },
    "expire before the authorization lapses",
  );
  // Not one given up after failures, nor one waiting for its next attempt (recordCaptureFailure).
  const ready = {
    ...OPEN_AUTHORIZATION,
    captureFailedAt: null,
    OR: [{ captureNextAttemptAt: null }, { captureNextAttemptAt: { lte: now } }],
    shopOrders: { none: { status: { in: ["AWAITING_PAYMENT", "AWAITING_ACCEPTANCE"] } } },
  } satisfies Prisma.OrderWhereInput;
  await eachId(
    (after) =>
      db.order.findMany({
        where: { ...ready, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: "asc" },
        take: batchSize,
        select: { id: true },
      }),
    async (id) => {
      const outcome = await captureOrderPayment(id, now);
      if (outcome === "captured") report.captured++;
      if (outcome === "released") report.released++;
    },
    "capture",
  );
  return report;
}

/** Pages through ids (keyset on id), acting on each; a failure is logged and passed over until the next run. */
async function eachId(
  page: (after: string | null) => Promise<{ id: string }[]>,
  act: (id: string) => Promise<void>,
  what: string,
): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const batch = await page(after);
    for (const { id } of batch) {
      try {
        await act(id);
      } catch (error) {
        console.error(`[jobs] captures: ${what} failed for ${id}:`, error);
      }
    }
    if (batch.length === 0) return;
    after = batch[batch.length - 1].id;
  }
}
