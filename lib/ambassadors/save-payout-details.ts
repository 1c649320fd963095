import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { payoutDetailsSchema, type PayoutDetailsInput } from "./payout-details-schema";

export type SavePayoutDetailsResult = { changed: boolean };

/**
 * The signed-in ambassador's own bank details (docs/payouts.md, ambassadors): the account holder and
 * the IBAN (checked by its country's length and mod-97 checksum, stored normalised). The row is the
 * actor's own, found by their user id: nobody can change another's. A blank IBAN keeps the stored one;
 * none stored → VALIDATION. A real change is audited (`ambassador.payout-details-changed`, with the
 * fields that changed, never their values). Payouts already written
 * keep the details they were written with (Payout.accountHolderName, accountIban).
 */
export async function saveAmbassadorPayoutDetails(
  actor: Actor | null,
  input: PayoutDetailsInput,
): Promise<SavePayoutDetailsResult> {
  assertRole(actor, "SHOPPER", "VENDOR", "OPERATOR");
  const db = getDb();
  const ambassador = await db.ambassador.findUnique({
    where: { userId: actor.id },
    select: { id: true, payoutHolderName: true, payoutIban: true },
  });
  if (!ambassador) throw new AppError("NOT_FOUND", "not an ambassador", { form: "ambassadors.errors.notJoined" });
  const values = parseInput(payoutDetailsSchema, input);
  const iban = values.iban ?? ambassador.payoutIban;
  if (!iban) throw new AppError("VALIDATION", "IBAN required", { iban: "ambassadors.errors.ibanRequired" });

  const fields: string[] = [];
  if (values.holderName !== ambassador.payoutHolderName) fields.push("payoutHolderName");
  if (iban !== ambassador.payoutIban) fields.push("payoutIban");
  if (fields.length === 0) return { changed: false };

  await db.$transaction(async (tx) => {
    const updated = await tx.ambassador.updateMany({
      where: { id: ambassador.id, userId: actor.id },
      data: { payoutHolderName: values.holderName, payoutIban: iban },
    });
    if (updated.count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "ambassador.payout-details-changed",
      entityType: "Ambassador",
      entityId: ambassador.id,
      data: { fields },
    });
  });
  return { changed: true };
}
