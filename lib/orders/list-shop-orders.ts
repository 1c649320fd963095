import "server-only";
import { z } from "zod";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma, type DeliveryMethod, type ShopOrderStatus } from "@/lib/generated/prisma/client";
import { partDeadline, type PartDeadline } from "./order-detail";

export const SHOP_ORDERS_PAGE_SIZE = 20;

/**
 * The tabs of the vendor's order list (docs/domain.md, ShopOrder states): what needs them next.
 * "problems" overlaps the others: a part late to be accepted or shipped, or a return asked for.
 */
export const SHOP_ORDER_TABS = ["all", "toAccept", "toPrepare", "inTransit", "done", "cancelled", "problems"] as const;
export type ShopOrderTab = (typeof SHOP_ORDER_TABS)[number];

const TAB_STATUSES = {
  toAccept: ["AWAITING_ACCEPTANCE"],
  toPrepare: ["ACCEPTED"],
  inTransit: ["SHIPPED", "READY_FOR_PICKUP"],
  done: ["DELIVERED", "CONFIRMED"],
  cancelled: ["REFUSED", "EXPIRED", "CANCELLED"],
} as const satisfies Record<Exclude<ShopOrderTab, "all" | "problems">, readonly ShopOrderStatus[]>;

export const SEARCH_MAX_LENGTH = 100;

// URL search parameters: anything may come in, so a wrong value falls back to the default.
export const shopOrderListQuerySchema = z.object({
  tab: z.enum(SHOP_ORDER_TABS).catch("all").default("all"),
  q: z
    .string()
    .trim()
    .max(SEARCH_MAX_LENGTH)
    .optional()
    .catch(undefined)
    .transform((text) => text || undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type ShopOrderListQuery = z.output<typeof shopOrderListQuerySchema>;

/** A row of the list: enough to recognise the order and see what is due, not the whole part. */
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

export type ShopOrdersPage = {
  rows: ShopOrderListRow[];
  page: number;
  pageCount: number;
  /** rows in the tab (with the search) */
  total: number;
  /** per tab, with the search */
  counts: Record<ShopOrderTab, number>;
  shopHasOrders: boolean;
  query: ShopOrderListQuery;
};

function problemsWhere(now: Date): Prisma.ShopOrderWhereInput {
  return {
    OR: [
      { status: "RETURN_REQUESTED" },
      { status: "AWAITING_ACCEPTANCE", acceptBy: { lt: now } },
      { status: "ACCEPTED", OR: [{ lateFlaggedAt: { not: null } }, { shipBy: { lt: now } }] },
    ],
  };
}

function tabWhere(tab: ShopOrderTab, now: Date): Prisma.ShopOrderWhereInput {
  if (tab === "all") return {};
  if (tab === "problems") return problemsWhere(now);
  return { status: { in: [...TAB_STATUSES[tab]] } };
}

function searchWhere(q: string | undefined): Prisma.ShopOrderWhereInput {
  if (!q) return {};
  const contains = { contains: q, mode: "insensitive" } as const;
  return { order: { OR: [{ number: contains }, { customerName: contains }, { email: contains }] } };
}

// The same rules in SQL, for the counts: one statement gives every tab's count.
const inStatuses = (statuses: readonly ShopOrderStatus[]) =>
  Prisma.sql`so.status::text IN (${Prisma.join(statuses.map((status) => Prisma.sql`${status}`))})`;

function tabSql(tab: ShopOrderTab, now: Date): Prisma.Sql {
  if (tab === "all") return Prisma.sql`TRUE`;
  if (tab === "problems") {
    return Prisma.sql`(so.status::text = 'RETURN_REQUESTED'
      OR (so.status::text = 'AWAITING_ACCEPTANCE' AND so."acceptBy" < ${now})
      OR (so.status::text = 'ACCEPTED' AND (so."lateFlaggedAt" IS NOT NULL OR so."shipBy" < ${now})))`;
  }
  return inStatuses(TAB_STATUSES[tab]);
}

/** LIKE pattern for "contains", its wildcards taken literally. */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

type CountRow = Record<ShopOrderTab | "unfiltered", bigint>;

async function countTabs(shopId: string, ownerId: string, q: string | undefined, now: Date) {
  const match = q
    ? Prisma.sql`(o.number ILIKE ${containsPattern(q)} OR o."customerName" ILIKE ${containsPattern(q)} OR o.email ILIKE ${containsPattern(q)})`
    : Prisma.sql`TRUE`;
  const columns = SHOP_ORDER_TABS.map(
    (tab) => Prisma.sql`count(*) FILTER (WHERE ${match} AND ${tabSql(tab, now)}) AS ${Prisma.raw(`"${tab}"`)}`,
  );
  const [row] = await getDb().$queryRaw<CountRow[]>`
    SELECT count(*) AS unfiltered, ${Prisma.join(columns)}
    FROM "ShopOrder" so
    JOIN "Order" o ON o.id = so."orderId"
    JOIN "Shop" s ON s.id = so."shopId"
    WHERE so."shopId" = ${shopId} AND s."ownerId" = ${ownerId} AND so.status::text <> 'AWAITING_PAYMENT'`;
  const counts = Object.fromEntries(SHOP_ORDER_TABS.map((tab) => [tab, Number(row[tab])])) as Record<
    ShopOrderTab,
    number
  >;
  return { counts, unfiltered: Number(row.unfiltered) };
}

const ROW_SELECT = {
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

function toRow(row: Prisma.ShopOrderGetPayload<{ select: typeof ROW_SELECT }>, now: Date): ShopOrderListRow {
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
    late:
      (deadline !== null && deadline.kind !== "autoConfirm" && deadline.left.overdue) ||
      (row.status === "ACCEPTED" && row.lateFlaggedAt !== null),
  };
}

/**
 * The paid parts of orders placed at one of the vendor's shops, newest first, in one tab, optionally
 * searched by order number or customer name or e-mail; with every tab's count (one grouped query).
 * A shop that is not theirs: NOT_FOUND. Unpaid parts (still awaiting payment) are never shown.
 */
export async function listShopOrders(
  actor: Actor | null,
  shopId: string,
  rawQuery: unknown,
  now: Date = new Date(),
): Promise<ShopOrdersPage> {
  assertRole(actor, "VENDOR");
  const db = getDb();
  const shop = await db.shop.findFirst({ where: { id: shopId, ownerId: actor.id }, select: { id: true } });
  if (!shop) throw new AppError("NOT_FOUND");
  const query = shopOrderListQuerySchema.parse(rawQuery ?? {});
  const where: Prisma.ShopOrderWhereInput = {
    AND: [
      { shopId: shop.id, shop: { ownerId: actor.id }, status: { not: "AWAITING_PAYMENT" } },
      searchWhere(query.q),
      tabWhere(query.tab, now),
    ],
  };
  const { counts, unfiltered } = await countTabs(shop.id, actor.id, query.q, now);
  const total = counts[query.tab];
  const pageCount = Math.max(1, Math.ceil(total / SHOP_ORDERS_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows =
    total === 0
      ? []
      : await db.shopOrder.findMany({
          where,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          skip: (page - 1) * SHOP_ORDERS_PAGE_SIZE,
          take: SHOP_ORDERS_PAGE_SIZE,
          select: ROW_SELECT,
        });
  return {
    rows: rows.map((row) => toRow(row, now)),
    page,
    pageCount,
    total,
    counts,
    shopHasOrders: unfiltered > 0,
    query: { ...query, page },
  };
}
