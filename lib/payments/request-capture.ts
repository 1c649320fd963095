import "server-only";
import PgBoss from "pg-boss";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The pg-boss queue of captures (docs/architecture.md, jobs): one job per order to look at, plus the sweep. */
export const CAPTURES_QUEUE = "captures";

/** The answers of a part after which its order's capture may be due (docs/domain.md, capture). */
export function isCaptureTrigger(action: string): boolean {
  return action === "ACCEPT" || action === "REFUSE" || action === "EXPIRE" || action === "CANCEL";
}

/** A capture job's data: the order to capture, or none for the sweep (lib/payments/sweep-captures.ts). */
export type CaptureJobData = { orderId?: string };

// Only builds pg-boss's own INSERT of a job, run on the caller's transaction: never started, no pool.
let jobWriter: PgBoss | undefined;
const writer = () =>
  (jobWriter ??= new PgBoss({
    db: {
      executeSql: () => Promise.reject(new Error("request-capture: a job is only written in a transaction")),
    },
  }));

/**
 * Asks for the capture of an authorized order (docs/domain.md, capture), in the caller's
 * transaction: a job on the `captures` queue, written only if the transaction commits, so an
 * answer rolled back asks for nothing. Done after each answer of a part (ACCEPT, REFUSE, EXPIRE,
 * CANCEL) of an order whose authorization is still open; the job itself decides whether every
 * part is answered (two last answers committing at once may each see the other still waiting:
 * both ask, and the capture happens once). Without the jobs' schema (a database no job runner has
 * started on yet), nothing is written: the every-minute sweep finds the order all the same.
 */
export async function requestCapture(tx: Prisma.TransactionClient, shopOrderId: string): Promise<boolean> {
  const [order] = await tx.$queryRaw<{ id: string }[]>`
    SELECT o."id" FROM "ShopOrder" s JOIN "Order" o ON o."id" = s."orderId"
    WHERE s."id" = ${shopOrderId} AND o."captureMode" = 'ON_ACCEPTANCE' AND o."status" = 'PAID'
      AND o."capturedAt" IS NULL AND o."authorizationReleasedAt" IS NULL`;
  if (!order) return false;
  const [schema] = await tx.$queryRaw<{ ready: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS "ready"`;
  if (!schema?.ready) return false;
  const data: CaptureJobData = { orderId: order.id };
  const id = await writer().send(CAPTURES_QUEUE, data, {
    db: {
      executeSql: async (text: string, values: unknown[]) => ({
        rows: await tx.$queryRawUnsafe<unknown[]>(
          text,
          ...values.map((value) =>
            value === undefined ? null : typeof value === "object" && value !== null ? JSON.stringify(value) : value,
          ),
        ),
      }),
    },
  });
  return id !== null;
}
