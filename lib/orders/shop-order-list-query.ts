import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { Prisma, type DeliveryMethod, type ShopOrderStatus } from "@/lib/generated/prisma/client";
import { partDeadline, type PartDeadline } from "./order-detail";
import { isFlaggedLate } from "./rules/deadlines";
import { cleanText } from "@/lib/text/clean-text";

// What the vendor's order list (list-shop-orders.ts) and the operator's (list-all-shop-orders.ts)
// share: the tabs (docs/domain.md, ShopOrder states), the search, the grouped count of every tab,
// and the row. The lists differ only by their scope (one shop of the vendor's, or every shop).

/**
 * The tabs of the order lists: what needs the shop next. "problems" overlaps the others: a part
 * late to be accepted or shipped, or a return asked for, accepted and awaited, or escalated
 * (docs/domain.md, returns and escalations).
 */
export const SHOP_ORDER_TABS = ["all", "toAccept", "toPrepare", "inTransit", "done", "cancelled", "problems"] as const;
export type ShopOrderTab = (typeof SHOP_ORDER_TABS)[number];

const TAB_STATUSES = {
  toAccept: ["AWAITING_ACCEPTANCE"],
  toPrepare: ["ACCEPTED"],
  inTransit: ["SHIPPED", "READY_FOR_PICKUP"],
  done: ["DELIVERED", "CONFIRMED", "RETURN_REFUSED", "RETURNED"],
  cancelled: ["REFUSED", "EXPIRED", "CANCELLED"],
} as const satisfies Record<Exclude<ShopOrderTab, "all" | "problems">, readonly ShopOrderStatus[]>;

export const SEARCH_MAX_LENGTH = 100;

// URL search parameters: anything may come in, so a wrong value falls back to the default.
export const shopOrderListFields = {
  tab: z.enum(SHOP_ORDER_TABS).catch("all").default("all"),
  // NUL bytes never reach PostgreSQL (lib/text/clean-text.ts).
  q: z
    .preprocess((value) => (typeof value === "string" ? cleanText(value) : value), z.string())
    .transform((text) => text.trim())
    .pipe(z.string().max(SEARCH_MAX_LENGTH))
    .optional()
    .catch(undefined)
    .transform((text) => text || undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
};

/** A row of a list: enough to recognise the order and see what is due, not the whole part. */
export type ShopOrderListRow = {
  id: string;
  orderNumber: string;
  paidAt: Date | null;
  status: ShopOrderStatus;
  customerName: string;
  customerEmail: string;
  deliveryMethod: DeliveryMethod;
  currency: string;
  /** items + delivery fee: what the customer paid for this part */
  amount: number;
  note: string | null;
  lines: { id: string; title: string; quantity: number }[];
  deadline: PartDeadline | null;
  /** its acceptance or shipping deadline has passed (or the job flagged it late) */
  late: boolean;
};

/** The return states that need someone: the shop's answer, the goods back, the operator's decision. */
const RETURN_PROBLEMS = [
  "RETURN_REQUESTED",
  "RETURN_ACCEPTED",
  "ESCALATED",
] as const satisfies readonly ShopOrderStatus[];

function problemsWhere(now: Date): Prisma.ShopOrderWhereInput {
  return {
    OR: [
      { status: { in: [...RETURN_PROBLEMS] } },
      { status: "AWAITING_ACCEPTANCE", acceptBy: { lt: now } },
      { status: "ACCEPTED", OR: [{ lateFlaggedAt: { not: null } }, { shipBy: { lt: now } }] },
    ],
  };
}

export function tabWhere(tab: ShopOrderTab, now: Date): Prisma.ShopOrderWhereInput {
  if (tab === "all") return {};
  if (tab === "problems") return problemsWhere(now);
  return { status: { in: [...TAB_STATUSES[tab]] } };
}

/** Order number, customer name or e-mail, as a Prisma filter (the vendor's search). */
export function searchWhere(q: string | undefined): Prisma.ShopOrderWhereInput {
  if (!q) return {};
  const contains = { contains: q, mode: "insensitive" } as const;
  return { order: { OR: [{ number: contains }, { customerName: contains }, { email: contains }] } };
}

// The same rules in SQL, over `"ShopOrder" so JOIN "Order" o JOIN "Shop" s` (FROM_SQL): the counts,
// and the operator's list, which sorts on "problems".
const inStatuses = (statuses: readonly ShopOrderStatus[]) =>
  Prisma.sql`so.status::text IN (${Prisma.join(statuses.map((status) => Prisma.sql`${status}`))})`;

export function tabSql(tab: ShopOrderTab, now: Date): Prisma.Sql {
  if (tab === "all") return Prisma.sql`TRUE`;
  if (tab === "problems") {
    return Prisma.sql`(${inStatuses(RETURN_PROBLEMS)}
      OR (so.status::text = 'AWAITING_ACCEPTANCE' AND so."acceptBy" < ${now})
      OR (so.status::text = 'ACCEPTED' AND (so."lateFlaggedAt" IS NOT NULL OR so."shipBy" < ${now})))`;
  }
  return inStatuses(TAB_STATUSES[tab]);
}

/** The operator's list puts the escalated parts before anything else: they wait on the marketplace. */
export const ESCALATED_FIRST_SQL = Prisma.sql`(so.status::text = 'ESCALATED') DESC`;

/** LIKE pattern for "contains", its wildcards taken literally. */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** searchWhere in SQL; with `shopName`, the shop's name matches too (the operator's search). */
export function searchSql(q: string | undefined, { shopName = false }: { shopName?: boolean } = {}): Prisma.Sql {
  if (!q) return Prisma.sql`TRUE`;
  const pattern = containsPattern(q);
  const shop = shopName ? Prisma.sql` OR s.name ILIKE ${pattern}` : Prisma.empty;
  return Prisma.sql`(o.number ILIKE ${pattern} OR o."customerName" ILIKE ${pattern} OR o.email ILIKE ${pattern}${shop})`;
}

/**
 * The parts the lists read from: paid ones only (a part awaiting payment is never shown). Every
 * part has its order and shop, so LEFT JOIN gives the same rows as JOIN, but lets PostgreSQL drop
 * a join whose columns a statement does not use (the counts without a search read no order).
 */
export const FROM_SQL = Prisma.sql`"ShopOrder" so
    LEFT JOIN "Order" o ON o.id = so."orderId"
    LEFT JOIN "Shop" s ON s.id = so."shopId"`;
export const PAID_SQL = Prisma.sql`so.status::text <> 'AWAITING_PAYMENT'`;

type CountRow = Record<ShopOrderTab | "unfiltered", bigint>;

/**
 * Every tab's count within `scope` and `match` in one statement, and `unfiltered`: the paid parts in
 * `scope` whatever the search.
 */
export async function countTabs(scope: Prisma.Sql, match: Prisma.Sql, now: Date) {
  // The search is evaluated once per part (`matched`), not once per tab.
  const columns = SHOP_ORDER_TABS.map(
    (tab) => Prisma.sql`count(*) FILTER (WHERE so.matched AND ${tabSql(tab, now)}) AS ${Prisma.raw(`"${tab}"`)}`,
  );
  const [row] = await getDb().$queryRaw<CountRow[]>`
    SELECT count(*) AS unfiltered, ${Prisma.join(columns)}
    FROM (
      SELECT so.status, so."acceptBy", so."shipBy", so."lateFlaggedAt", ${match} AS matched
      FROM ${FROM_SQL}
      WHERE ${scope} AND ${PAID_SQL}
    ) so`;
  const counts = Object.fromEntries(SHOP_ORDER_TABS.map((tab) => [tab, Number(row[tab])])) as Record<
    ShopOrderTab,
    number
  >;
  return { counts, unfiltered: Number(row.unfiltered) };
}

export const ROW_SELECT = {
  id: true,
  status: true,
  currency: true,
  deliveryMethod: true,
  deliveryFeeAmount: true,
  itemsAmount: true,
  note: true,
  acceptBy: true,
  shipBy: true,
  autoConfirmAt: true,
  lateFlaggedAt: true,
  order: { select: { number: true, paidAt: true, customerName: true, email: true } },
  lines: { orderBy: { id: "asc" }, select: { id: true, titleSnapshot: true, quantity: true } },
} as const satisfies Prisma.ShopOrderSelect;

export function toRow(row: Prisma.ShopOrderGetPayload<{ select: typeof ROW_SELECT }>, now: Date): ShopOrderListRow {
  const deadline = partDeadline(row, now);
  return {
    id: row.id,
    orderNumber: row.order.number,
    paidAt: row.order.paidAt,
    status: row.status,
    customerName: row.order.customerName,
    customerEmail: row.order.email,
    deliveryMethod: row.deliveryMethod,
    currency: row.currency,
    amount: row.itemsAmount + row.deliveryFeeAmount,
    note: row.note,
    lines: row.lines.map((line) => ({ id: line.id, title: line.titleSnapshot, quantity: line.quantity })),
    deadline,
    late: (deadline !== null && deadline.kind !== "autoConfirm" && deadline.left.overdue) || isFlaggedLate(row),
  };
}
