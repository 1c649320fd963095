import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/forms/parse-input";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { parseMoney } from "@/lib/money/parse-money";
import { idSchema } from "@/lib/parse-id";
import { cleanText } from "@/lib/text/clean-text";

// An operator's correction of a shop's balance (docs/payouts.md, adjustments): an ADJUSTMENT ledger
// entry, signed (+ credits the shop, − debits it), available at once, with its reason (memo) and
// author, and an AuditLog row, in one transaction. The balance may go negative: it is carried forward.

/** The largest adjustment either way, in minor units (100,000.00 in a two-decimal currency). */
export const MAX_ADJUSTMENT_AMOUNT = 10_000_000;
export const ADJUSTMENT_REASON = { min: 3, max: 500 } as const;
export const ADJUSTMENTS_PAGE_SIZE = 20;
const SHOP_CHOICES = 50;

type FieldText = string | null | undefined;
const text = (value: FieldText) => (typeof value === "string" ? value : "");

export type AdjustShopBalanceInput = {
  shopId: FieldText;
  /** money typed in the marketplace's currency, signed: "-12,50" debits, "12,50" or "+12,50" credits */
  amount: FieldText;
  reason: FieldText;
  /** the form's own id, given when it was shown: a second submission of the same form writes nothing */
  requestId?: FieldText;
};

/** The signed amount as typed, in minor units of `currency`; null when it is not money. */
export function parseSignedMoney(typed: string, locale: string, currency: string): number | null {
  const match = /^\s*([+\-\u2212]?)\s*(.*)$/s.exec(typed);
  if (!match || match[2].trim() === "") return null;
  const amount = parseMoney(match[2], locale, currency);
  if (amount === null) return null;
  return match[1] === "" || match[1] === "+" ? amount : -amount;
}

function adjustmentSchema(locale: string, currency: string) {
  return z.object({
    shopId: z.preprocess(text, idSchema({ invalid: "adminMoney.errors.shopUnknown" })),
    amount: z.preprocess(
      text,
      z.string().transform((typed, context) => {
        const amount = parseSignedMoney(typed, locale, currency);
        const message =
          amount === null
            ? "adminMoney.errors.amountInvalid"
            : amount === 0
              ? "adminMoney.errors.amountZero"
              : Math.abs(amount) > MAX_ADJUSTMENT_AMOUNT
                ? "adminMoney.errors.amountTooLarge"
                : null;
        if (message) {
          context.addIssue({ code: "custom", message });
          return z.NEVER;
        }
        return amount as number;
      }),
    ),
    reason: z.preprocess(
      text,
      z
        .string()
        .trim()
        .min(ADJUSTMENT_REASON.min, "adminMoney.errors.reasonRequired")
        .max(ADJUSTMENT_REASON.max, "adminMoney.errors.reasonTooLong"),
    ),
    requestId: z.preprocess(
      (value: FieldText) => (text(value).trim() === "" ? null : text(value).trim()),
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{8,64}$/, "forms.errors.invalid")
        .nullable(),
    ),
  });
}

export type CheckedAdjustment = {
  shopId: string;
  shopName: string;
  amount: number;
  currency: string;
  reason: string;
  requestId: string | null;
};

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

async function marketplaceCurrency(db: Db): Promise<string> {
  const settings = await db.marketplaceSettings.findUnique({ where: { id: 1 }, select: { currency: true } });
  return settings?.currency ?? "EUR";
}

async function checkAdjustment(db: Db, input: AdjustShopBalanceInput, locale: string): Promise<CheckedAdjustment> {
  const currency = await marketplaceCurrency(db);
  const fields = parseInput(adjustmentSchema(isLocale(locale) ? locale : DEFAULT_LOCALE, currency), input);
  const shop = await db.shop.findUnique({ where: { id: fields.shopId }, select: { id: true, name: true } });
  if (!shop) throw new AppError("VALIDATION", "unknown shop", { shopId: "adminMoney.errors.shopUnknown" });
  return { ...fields, shopName: shop.name, currency };
}

/**
 * What an adjustment would write, checked as adjustShopBalance checks it, for the confirmation step
 * ("You are about to credit … to …"). Writes nothing. Operators only.
 */
export async function previewShopAdjustment(
  actor: Actor | null,
  input: AdjustShopBalanceInput,
  locale: string,
): Promise<CheckedAdjustment> {
  assertRole(actor, "OPERATOR");
  return checkAdjustment(getDb(), input, locale);
}

/**
 * Writes the adjustment: the ADJUSTMENT entry (availableAt = now, memo = reason, createdById = the
 * operator) and an AuditLog `ledger.adjusted` (reason, entry id, amount), in one transaction that
 * holds the shop's row as a payout does, so the run never settles half a correction. A form
 * submitted twice (same requestId) writes once: the second gets the first entry back.
 */
export async function adjustShopBalance(
  actor: Actor | null,
  input: AdjustShopBalanceInput,
  locale: string,
  options: { now?: Date } = {},
): Promise<CheckedAdjustment & { entryId: string; created: boolean }> {
  assertRole(actor, "OPERATOR");
  const now = options.now ?? new Date();
  return getDb().$transaction(async (tx) => {
    const adjustment = await checkAdjustment(tx, input, locale);
    await tx.$queryRaw`SELECT "id" FROM "Shop" WHERE "id" = ${adjustment.shopId} FOR UPDATE`;
    if (adjustment.requestId) {
      const [done] = await tx.$queryRaw<{ entryId: string }[]>`
        SELECT "data"->>'entryId' AS "entryId" FROM "AuditLog"
        WHERE "entityType" = 'Shop' AND "entityId" = ${adjustment.shopId} AND "action" = 'ledger.adjusted'
          AND "data"->>'requestId' = ${adjustment.requestId}
        LIMIT 1`;
      if (done) return { ...adjustment, entryId: done.entryId, created: false };
    }
    const entry = await tx.ledgerEntry.create({
      data: {
        shopId: adjustment.shopId,
        type: "ADJUSTMENT",
        amount: adjustment.amount,
        currency: adjustment.currency,
        availableAt: now,
        memo: adjustment.reason,
        createdById: actor.id,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "ledger.adjusted",
      entityType: "Shop",
      entityId: adjustment.shopId,
      reason: adjustment.reason,
      data: {
        entryId: entry.id,
        amount: adjustment.amount,
        currency: adjustment.currency,
        requestId: adjustment.requestId,
      },
    });
    return { ...adjustment, entryId: entry.id, created: true };
  });
}

export type ShopChoice = { id: string; name: string; city: string | null; status: string };

/** Shops whose name holds `query` (all when empty), by name, for the adjustment form's shop select. */
export async function listShopsForAdjustment(actor: Actor | null, query: string): Promise<ShopChoice[]> {
  assertRole(actor, "OPERATOR");
  // Text from the address: a NUL byte would reach PostgreSQL (docs/security.md, "Correctness at the edges").
  const q = cleanText(query).trim().slice(0, 100);
  return getDb().shop.findMany({
    where: q ? { name: { contains: q, mode: "insensitive" } } : {},
    select: { id: true, name: true, city: true, status: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: SHOP_CHOICES,
  });
}

export type AdjustmentRow = {
  id: string;
  shopId: string;
  shopName: string;
  amount: number;
  currency: string;
  reason: string;
  authorName: string | null;
  createdAt: Date;
};

/** The adjustments written, newest first, a page at a time. Operators only. */
export async function listAdjustments(
  actor: Actor | null,
  options: { page?: number } = {},
): Promise<{ rows: AdjustmentRow[]; page: number; pages: number; total: number }> {
  assertRole(actor, "OPERATOR");
  const db = getDb();
  const total = await db.ledgerEntry.count({ where: { type: "ADJUSTMENT" } });
  const pages = Math.max(1, Math.ceil(total / ADJUSTMENTS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pages);
  const entries = await db.ledgerEntry.findMany({
    where: { type: "ADJUSTMENT" },
    select: {
      id: true,
      shopId: true,
      amount: true,
      currency: true,
      memo: true,
      createdAt: true,
      createdById: true,
      shop: { select: { name: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * ADJUSTMENTS_PAGE_SIZE,
    take: ADJUSTMENTS_PAGE_SIZE,
  });
  const authorIds = [...new Set(entries.map((entry) => entry.createdById).filter((id): id is string => id !== null))];
  const authors = new Map(
    (await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })).map((user) => [
      user.id,
      user.name,
    ]),
  );
  return {
    rows: entries.map((entry) => ({
      id: entry.id,
      shopId: entry.shopId,
      shopName: entry.shop.name,
      amount: entry.amount,
      currency: entry.currency,
      reason: entry.memo ?? "",
      authorName: entry.createdById ? (authors.get(entry.createdById) ?? null) : null,
      createdAt: entry.createdAt,
    })),
    page,
    pages,
    total,
  };
}
