import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { localDate } from "@/lib/calendar/business-days";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/catalogues";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { PAYOUT_TIME_ZONE, cutoffOf } from "./schedule";
import {
  endToEndIdOf,
  PAYOUT_PAYEE_SELECT,
  payeeOf,
  SEPA_BATCH_MAX_TRANSFERS,
  sepaMessageIdOf,
} from "./sepa-batch-rules";
import { isDebtorReady } from "./sepa-debtor";
import { buildSepaCreditTransferXml, type SepaTransfer } from "./sepa-file";

export type CreatedSepaBatch = { id: string; messageId: string; count: number; totalAmount: number; currency: string };

/**
 * The SEPA file of every bank-transfer payout due and not in a file yet (docs/payouts.md, SEPA): the
 * payouts SCHEDULED, BANK_TRANSFER, in euros, with a valid IBAN, no sepaBatchId and scheduledFor ≤
 * `now`, shops' and ambassadors', oldest first, up to SEPA_BATCH_MAX_TRANSFERS. One transaction
 * writes the SepaBatch (its XML kept as generated), moves the payouts to PROCESSING with its id, and
 * the audit row. Batches are made one at a time (an advisory lock) and the payouts are taken by a
 * conditional update, so two operators clicking at once never put a payout in two files: the second
 * finds nothing left. Operators only. CONFLICT when the marketplace's legal name or debtor account is
 * missing, or when nothing is due.
 */
export async function createSepaBatch(actor: Actor | null, now: Date = new Date()): Promise<CreatedSepaBatch> {
  assertRole(actor, "OPERATOR");
  return getDb().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('halle.payouts.sepa_batch'))`;
      const settings = await tx.marketplaceSettings.findUnique({
        where: { id: 1 },
        select: { legalName: true, payoutDebtorIban: true, payoutDebtorBic: true, defaultLocale: true },
      });
      if (!isDebtorReady(settings))
        throw new AppError("CONFLICT", "the marketplace's debtor account is not set", {
          form: "sepa.errors.debtorMissing",
        });

      const candidates = await tx.payout.findMany({
        where: {
          method: "BANK_TRANSFER",
          status: "SCHEDULED",
          sepaBatchId: null,
          currency: "EUR",
          scheduledFor: { lte: now },
        },
        orderBy: [{ scheduledFor: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          amount: true,
          currency: true,
          periodKey: true,
          createdAt: true,
          ...PAYOUT_PAYEE_SELECT,
          shop: { select: { ...PAYOUT_PAYEE_SELECT.shop.select, owner: { select: { locale: true } } } },
          ambassador: {
            select: { ...PAYOUT_PAYEE_SELECT.ambassador.select, user: { select: { name: true, locale: true } } },
          },
        },
      });
      const debtorName = settings.legalName.trim();
      const debtorIban = settings.payoutDebtorIban;
      const debtorBic = settings.payoutDebtorBic;
      const payable = candidates
        .map((payout) => ({ payout, payee: payeeOf(payout) }))
        .filter(({ payout, payee }) => payee.ibanValid && payout.amount > 0)
        .slice(0, SEPA_BATCH_MAX_TRANSFERS);
      if (payable.length === 0)
        throw new AppError("CONFLICT", "no bank-transfer payout is due", { form: "sepa.errors.nothingToPay" });

      const runDate = localDate(now, PAYOUT_TIME_ZONE);
      const prefix = sepaMessageIdOf(runDate, 0).slice(0, -1);
      const sameDay = await tx.sepaBatch.count({ where: { messageId: { startsWith: prefix } } });
      const messageId = sepaMessageIdOf(runDate, sameDay + 1);

      const transfers: SepaTransfer[] = payable.map(({ payout, payee }) => {
        const stored = payout.shop?.owner.locale ?? payout.ambassador?.user.locale ?? settings.defaultLocale;
        const t = getTranslator(isLocale(stored) ? stored : DEFAULT_LOCALE);
        const period = payout.periodKey.startsWith("request:")
          ? localDate(payout.createdAt, PAYOUT_TIME_ZONE)
          : payout.periodKey;
        return {
          endToEndId: endToEndIdOf(payout.id),
          amount: payout.amount,
          currency: payout.currency,
          creditorName: payee.holderName,
          creditorIban: payee.iban ?? "",
          remittance: t("sepa.file.remittance", { marketplace: debtorName, period }),
        };
      });
      const totalAmount = payable.reduce((sum, { payout }) => sum + payout.amount, 0);
      const xml = buildSepaCreditTransferXml({
        messageId,
        createdAt: now,
        executionDate: runDate,
        debtor: { name: debtorName, iban: debtorIban, bic: debtorBic },
        transfers,
      });

      const batch = await tx.sepaBatch.create({
        data: {
          messageId,
          status: "GENERATED",
          executionDate: cutoffOf(runDate),
          totalAmount,
          count: payable.length,
          currency: "EUR",
          xml,
          createdById: actor.id,
          createdAt: now,
        },
        select: { id: true },
      });
      const ids = payable.map(({ payout }) => payout.id);
      const { count } = await tx.payout.updateMany({
        where: { id: { in: ids }, status: "SCHEDULED", sepaBatchId: null },
        data: { status: "PROCESSING", sepaBatchId: batch.id, updatedAt: now },
      });
      // under the lock nothing else takes bank-transfer payouts; a payout that changed meanwhile
      // (returned to the balance) would make the file wrong: refuse it whole
      if (count !== ids.length) throw new AppError("CONFLICT", "payouts changed meanwhile");
      await recordAudit(tx, {
        actorId: actor.id,
        action: "sepa.batch.generated",
        entityType: "SepaBatch",
        entityId: batch.id,
        data: { messageId, count: ids.length, totalAmount, payoutIds: ids },
      });
      return { id: batch.id, messageId, count: ids.length, totalAmount, currency: "EUR" };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
