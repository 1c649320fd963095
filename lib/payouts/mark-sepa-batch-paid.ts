import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { markPayoutPaid } from "./return-payout";
import { endToEndIdOf } from "./sepa-batch-rules";
import { sepaBatchInputSchema, type SepaBatchInput } from "./sepa-schemas";

/**
 * The operator says the bank executed the file (docs/payouts.md, SEPA): the batch GENERATED → PAID,
 * and each of its payouts still PROCESSING → PAID with its end-to-end id as reference (one already
 * rejected stays FAILED). One transaction, a conditional update: marking twice, or two operators at
 * once, pays once (the second gets CONFLICT). Operators only; NOT_FOUND for an unknown batch.
 */
export async function markSepaBatchPaid(
  actor: Actor | null,
  input: SepaBatchInput,
  now: Date = new Date(),
): Promise<{ paid: number }> {
  assertRole(actor, "OPERATOR");
  const { batchId } = parseInput(sepaBatchInputSchema, input);
  return getDb().$transaction(
    async (tx) => {
      const { count } = await tx.sepaBatch.updateMany({
        where: { id: batchId, status: "GENERATED" },
        data: { status: "PAID", paidAt: now, paidById: actor.id },
      });
      if (count !== 1) {
        const exists = await tx.sepaBatch.findUnique({ where: { id: batchId }, select: { id: true } });
        if (!exists) throw new AppError("NOT_FOUND");
        throw new AppError("CONFLICT", "batch already paid", { form: "sepa.errors.alreadyPaid" });
      }
      const payouts = await tx.payout.findMany({
        where: { sepaBatchId: batchId, status: "PROCESSING" },
        select: { id: true },
        orderBy: { id: "asc" },
      });
      let paid = 0;
      for (const payout of payouts) {
        if (await markPayoutPaid(tx, payout.id, endToEndIdOf(payout.id), now)) paid += 1;
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: "sepa.batch.paid",
        entityType: "SepaBatch",
        entityId: batchId,
        data: { paid, payoutIds: payouts.map((payout) => payout.id) },
      });
      return { paid };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
