import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { returnPayoutToBalance } from "./return-payout";
import { rejectedTransferInputSchema, type RejectedTransferInput } from "./sepa-schemas";

/**
 * The bank rejected or returned one transfer of a SEPA file (docs/payouts.md, SEPA): the payout →
 * FAILED with the operator's reason, and its amount back in the payee's balance (a PAYOUT_REVERSAL,
 * returnPayoutToBalance), whether the batch was marked paid already or not. Once: a payout already
 * FAILED is a CONFLICT, nothing written. Only a payout of a batch; operators only; the reason is
 * required. Audited with the reason.
 */
export async function recordRejectedTransfer(
  actor: Actor | null,
  input: RejectedTransferInput,
  now: Date = new Date(),
): Promise<{ batchId: string }> {
  assertRole(actor, "OPERATOR");
  const { payoutId, reason } = parseInput(rejectedTransferInputSchema, input);
  return getDb().$transaction(async (tx) => {
    const [payout] = await tx.$queryRaw<{ id: string; status: string; sepaBatchId: string; amount: number }[]>`
      SELECT "id", "status"::text AS "status", "sepaBatchId", "amount" FROM "Payout"
      WHERE "id" = ${payoutId} AND "sepaBatchId" IS NOT NULL AND "method" = 'BANK_TRANSFER'
      FOR UPDATE`;
    if (!payout) throw new AppError("NOT_FOUND");
    if (payout.status === "PAID") {
      // a transfer the bank returns after the batch was marked paid: it was never received
      await tx.payout.update({ where: { id: payout.id }, data: { status: "PROCESSING", paidAt: null } });
    }
    if (!(await returnPayoutToBalance(tx, payout.id, reason, now)))
      throw new AppError("CONFLICT", `payout is ${payout.status}`, { form: "sepa.errors.alreadyRejected" });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "sepa.transfer.rejected",
      entityType: "Payout",
      entityId: payout.id,
      reason,
      data: { batchId: payout.sepaBatchId, amount: payout.amount, from: payout.status },
    });
    return { batchId: payout.sepaBatchId };
  });
}
