import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LedgerEntryType } from "@/lib/generated/prisma/enums";
import { parseInput } from "@/lib/forms/parse-input";
import { daysInMonth } from "@/lib/fees/plan-charges";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { cutoffOf, formatRunDate, parseRunDate } from "./schedule";

// The vendor's ledger (docs/payouts.md, the vendor's money page): every entry of the shop, newest
// first, filtered by type, by day (Europe/Paris calendar days, both ends included) and by state.

export const LEDGER_PAGE_SIZE = 50;

export const LEDGER_STATES = ["pending", "available", "paid"] as const;
/** the types the filter offers: every ledger entry type */
export const LEDGER_ENTRY_TYPES = Object.values(LedgerEntryType);
export type LedgerState = (typeof LEDGER_STATES)[number];

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-12-05" and a day the calendar has ("2026-02-30" has the shape, not the day). */
function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const day = z.string().trim().regex(DAY, "money.ledger.errors.date").refine(isCalendarDay, "money.ledger.errors.date");
// An empty field of the GET form means "no filter".
const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

export const ledgerFiltersSchema = z
  .object({
    type: optional(z.enum(LedgerEntryType, "money.ledger.errors.type")),
    state: optional(z.enum(LEDGER_STATES, "money.ledger.errors.state")),
    from: optional(day),
    to: optional(day),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    message: "money.ledger.errors.range",
    path: ["to"],
  });

export type LedgerFilters = z.output<typeof ledgerFiltersSchema>;

/** The filters as they arrive from the page's query string (VALIDATION on a field when one is not valid). */
export function parseLedgerFilters(input: Record<string, unknown>): LedgerFilters {
  const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
  return parseInput(ledgerFiltersSchema, {
    type: first(input.type),
    state: first(input.state),
    from: first(input.from),
    to: first(input.to),
  });
}

function nextDay(date: string): string {
  const { year, month, day } = parseRunDate(date);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return formatRunDate({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() });
}

/** The where of a shop's entries under the filters; `now` decides what is pending and what is available. */
export function ledgerWhereOf(shopId: string, filters: LedgerFilters, now: Date): Prisma.LedgerEntryWhereInput {
  const where: Prisma.LedgerEntryWhereInput = { shopId };
  if (filters.type) where.type = filters.type;
  if (filters.from || filters.to) {
    where.createdAt = {
      ...(filters.from ? { gte: cutoffOf(filters.from) } : {}),
      ...(filters.to ? { lt: cutoffOf(nextDay(filters.to)) } : {}),
    };
  }
  switch (filters.state) {
    case "pending":
      where.payoutId = null;
      where.OR = [{ availableAt: null }, { availableAt: { gt: now } }];
      break;
    case "available":
      where.payoutId = null;
      where.availableAt = { lte: now };
      break;
    case "paid":
      where.payoutId = { not: null };
      break;
  }
  return where;
}

export const LEDGER_ROW_SELECT = {
  id: true,
  createdAt: true,
  type: true,
  amount: true,
  currency: true,
  memo: true,
  availableAt: true,
  shopOrderId: true,
  shopOrder: { select: { order: { select: { number: true } } } },
  payout: { select: { id: true, periodKey: true, status: true, scheduledFor: true, paidAt: true, createdAt: true } },
} satisfies Prisma.LedgerEntrySelect;

type LedgerRowData = Prisma.LedgerEntryGetPayload<{ select: typeof LEDGER_ROW_SELECT }>;

export type LedgerRow = ReturnType<typeof toLedgerRow>;

/** An entry as the ledger shows it: its state at `now` (in a payout, available, or pending). */
export function toLedgerRow(entry: LedgerRowData, now: Date) {
  const state: LedgerState = entry.payout
    ? "paid"
    : entry.availableAt && entry.availableAt.getTime() <= now.getTime()
      ? "available"
      : "pending";
  return {
    id: entry.id,
    createdAt: entry.createdAt,
    type: entry.type,
    amount: entry.amount,
    currency: entry.currency,
    memo: entry.memo,
    availableAt: entry.availableAt,
    state,
    shopOrderId: entry.shopOrderId,
    orderNumber: entry.shopOrder?.order.number ?? null,
    payout: entry.payout,
  };
}

/**
 * A page of the shop's ledger for its owner (a closed shop's too): 50 entries newest first, the
 * total count and the page count. Another vendor's shop NOT_FOUND, anyone but a vendor FORBIDDEN.
 */
export async function listLedgerEntries(
  actor: Actor | null,
  shopId: string,
  options: { filters?: Record<string, unknown>; page?: number; now?: Date } = {},
) {
  const db = getDb();
  const shop = await getOwnedShopOrThrow(db, actor, shopId, { id: true }, { includeClosed: true });
  const filters = parseLedgerFilters(options.filters ?? {});
  const now = options.now ?? new Date();
  const where = ledgerWhereOf(shop.id, filters, now);
  const total = await db.ledgerEntry.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / LEDGER_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(Number(options.page ?? 1)) || 1), pageCount);
  const entries = await db.ledgerEntry.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * LEDGER_PAGE_SIZE,
    take: LEDGER_PAGE_SIZE,
    select: LEDGER_ROW_SELECT,
  });
  return { filters, total, page, pageCount, rows: entries.map((entry) => toLedgerRow(entry, now)) };
}
