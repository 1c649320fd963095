import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lapseDeadlineOf } from "./capture-rules";

/**
 * From when the sweep may expire this part because its order's authorization is about to lapse
 * (docs/domain.md, capture): a safety margin before Order.authorizationExpiresAt, for a part of an
 * authorized order not yet captured nor released; null otherwise (the part waits for its acceptBy).
 * Read in the caller's transaction by the engine's job path (applyJobTransition's authorizationLapse).
 */
export async function authorizationLapseOf(tx: Prisma.TransactionClient, shopOrderId: string): Promise<Date | null> {
  const part = await tx.shopOrder.findUnique({
    where: { id: shopOrderId },
    select: {
      order: {
        select: { captureMode: true, capturedAt: true, authorizationReleasedAt: true, authorizationExpiresAt: true },
      },
    },
  });
  const order = part?.order;
  if (!order || order.captureMode !== "ON_ACCEPTANCE" || order.capturedAt || order.authorizationReleasedAt) return null;
  return order.authorizationExpiresAt ? lapseDeadlineOf(order.authorizationExpiresAt) : null;
}
