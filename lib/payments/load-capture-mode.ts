import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaptureMode } from "@/lib/generated/prisma/enums";

/**
 * The marketplace's capture mode (MarketplaceSettings.captureMode, docs/domain.md, capture), read in
 * the caller's transaction; AT_CHECKOUT when the settings row does not exist yet. Checkout snapshots
 * it on the order, so a change of setting never alters an order already placed.
 */
export async function loadCaptureMode(tx: Prisma.TransactionClient): Promise<CaptureMode> {
  const row = await tx.marketplaceSettings.findUnique({ where: { id: 1 }, select: { captureMode: true } });
  return row?.captureMode ?? "AT_CHECKOUT";
}
