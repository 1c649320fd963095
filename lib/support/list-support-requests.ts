import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma, SupportRequestStatus } from "@/lib/generated/prisma/client";
import { SUPPORT_PAGE_SIZE, supportPageSchema, supportQueueQuerySchema, type SupportQueueQuery } from "./schemas";

/** One line of a list of requests: what the lists show, nothing more. */
export type SupportRequestRow = {
  id: string;
  number: string;
  subject: string;
  status: SupportRequestStatus;
  shopId: string;
  shopName: string;
  lastMessageAt: Date;
  createdAt: Date;
};

export type SupportRequestPage = {
  rows: SupportRequestRow[];
  page: number;
  pageCount: number;
  total: number;
};

const ROW_SELECT = {
  id: true,
  number: true,
  subject: true,
  status: true,
  shopId: true,
  lastMessageAt: true,
  createdAt: true,
  shop: { select: { name: true } },
} satisfies Prisma.SupportRequestSelect;

const rowOf = ({
  shop,
  ...row
}: Prisma.SupportRequestGetPayload<{ select: typeof ROW_SELECT }>): SupportRequestRow => ({
  ...row,
  shopName: shop.name,
});

async function pageOf(
  where: Prisma.SupportRequestWhereInput,
  orderBy: Prisma.SupportRequestOrderByWithRelationInput[],
  requested: number,
): Promise<SupportRequestPage> {
  const db = getDb();
  const total = await db.supportRequest.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / SUPPORT_PAGE_SIZE));
  const page = Math.min(requested, pageCount);
  const rows = await db.supportRequest.findMany({
    where,
    orderBy,
    skip: (page - 1) * SUPPORT_PAGE_SIZE,
    take: SUPPORT_PAGE_SIZE,
    select: ROW_SELECT,
  });
  return { rows: rows.map(rowOf), page, pageCount, total };
}

/**
 * The requests of the shops the actor owns, last activity first, 20 a page (docs/trust.md,
 * vendor support). The tenant is the actor: someone with no shop sees none.
 */
export async function listMySupportRequests(actor: Actor | null, raw: unknown): Promise<SupportRequestPage> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const { page } = supportPageSchema.parse(raw ?? {});
  return pageOf({ shop: { ownerId: actor.id } }, [{ lastMessageAt: "desc" }, { id: "desc" }], page);
}

export type SupportQueue = SupportRequestPage & {
  query: SupportQueueQuery;
  /** the shops that have requests, for the shop filter */
  shops: { id: string; name: string }[];
  /** whether any request exists at all (the empty state) */
  anyRequest: boolean;
};

/** The shop filter lists at most this many shops (those with requests, by name). */
const SHOPS_IN_FILTER = 200;

/**
 * The operators' queue (docs/trust.md, vendor support): OPEN first, then ANSWERED, then CLOSED,
 * the oldest waiting first within each; filtered by status and shop; 20 a page. Operators only.
 */
export async function listSupportQueue(actor: Actor | null, raw: unknown): Promise<SupportQueue> {
  assertRole(actor, "OPERATOR");
  const query = supportQueueQuerySchema.parse(raw ?? {});
  const db = getDb();
  const where: Prisma.SupportRequestWhereInput = {
    ...(query.status ? { status: query.status } : {}),
    ...(query.shop ? { shopId: query.shop } : {}),
  };
  // The enum's order is OPEN, ANSWERED, CLOSED: sorting on it puts the requests waiting for us first.
  const [list, shops, anyRequest] = await Promise.all([
    pageOf(where, [{ status: "asc" }, { lastMessageAt: "asc" }, { id: "asc" }], query.page),
    db.shop.findMany({
      where: { supportRequests: { some: {} } },
      select: { id: true, name: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: SHOPS_IN_FILTER,
    }),
    db.supportRequest.findFirst({ select: { id: true } }),
  ]);
  return { ...list, query: { ...query, page: list.page }, shops, anyRequest: anyRequest !== null };
}

/**
 * The badges of the two back offices: requests waiting for the actor's side — for the shops'
 * owner, ANSWERED requests of their shops; for an operator, OPEN requests.
 */
export async function countWaitingSupportRequests(actor: Actor | null): Promise<{ vendor: number; operator: number }> {
  if (!actor) return { vendor: 0, operator: 0 };
  const db = getDb();
  const [vendor, operator] = await Promise.all([
    db.supportRequest.count({ where: { status: "ANSWERED", shop: { ownerId: actor.id } } }),
    actor.role === "OPERATOR" ? db.supportRequest.count({ where: { status: "OPEN" } }) : Promise.resolve(0),
  ]);
  return { vendor, operator };
}
