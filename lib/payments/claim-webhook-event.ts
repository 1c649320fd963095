import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Records a provider's event id in the caller's transaction (ON CONFLICT DO NOTHING): false when it
 * was recorded before — a retry, or a concurrent delivery that committed first — so its effect is
 * applied exactly once, however many times the provider sends it.
 */
export async function claimWebhookEvent(
  tx: Prisma.TransactionClient,
  event: { id: string; provider: string; type: string },
): Promise<boolean> {
  const { count } = await tx.processedWebhookEvent.createMany({ data: [event], skipDuplicates: true });
  return count === 1;
}
