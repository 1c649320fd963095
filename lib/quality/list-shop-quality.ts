import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { Prisma, ShopStatus } from "@/lib/generated/prisma/client";
import { alertIndicatorsOf, alertOrdersCountOf, type AlertIndicator } from "./alert-figures";
import { isQualityIndicator, type QualityFigures, type QualityIndicator } from "./quality-rules";
import { QUALITY_PAGE_SIZE, type QualityListQuery } from "./schemas";

export type QualityTableRow = QualityFigures & {
  shop: { id: string; name: string; status: ShopStatus };
  computedAt: Date;
  crossed: QualityIndicator[];
};

export type OpenQualityFlag = {
  id: string;
  createdAt: Date;
  windowDays: number;
  ordersCount: number;
  indicators: AlertIndicator[];
  shop: { id: string; name: string; status: ShopStatus };
};

export type ShopQualityList = {
  flags: OpenQualityFlag[];
  rows: QualityTableRow[];
  page: number;
  pageCount: number;
  total: number;
  computedAt: Date | null;
};

/**
 * The operator's quality page (docs/trust.md, quality indicators): the open flags first (at most
 * one per shop), then every shop's stored indicators for one window, sorted in the database by
 * any column (empty figures last) and paginated.
 */
export async function listShopQuality(actor: Actor | null, query: QualityListQuery): Promise<ShopQualityList> {
  assertRole(actor, "OPERATOR");
  const db = getDb();
  const where: Prisma.ShopQualityWhereInput = { windowDays: query.windowDays };
  const orderBy: Prisma.ShopQualityOrderByWithRelationInput[] =
    query.sort === "shop"
      ? [{ shop: { name: query.direction } }]
      : query.sort === "ordersCount"
        ? [{ ordersCount: query.direction }]
        : [{ [query.sort]: { sort: query.direction, nulls: "last" } }];
  orderBy.push({ shopId: "asc" });
  const [total, latest, flags] = await Promise.all([
    db.shopQuality.count({ where }),
    db.shopQuality.aggregate({ where, _max: { computedAt: true } }),
    db.qualityAlert.findMany({
      where: { level: "FLAG", resolvedAt: null },
      select: {
        id: true,
        createdAt: true,
        windowDays: true,
        figures: true,
        shop: { select: { id: true, name: true, status: true } },
      },
      orderBy: { createdAt: "asc" },
      take: 200,
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / QUALITY_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await db.shopQuality.findMany({
    where,
    orderBy,
    skip: (page - 1) * QUALITY_PAGE_SIZE,
    take: QUALITY_PAGE_SIZE,
    include: { shop: { select: { id: true, name: true, status: true } } },
  });
  return {
    flags: flags.map((flag) => ({
      id: flag.id,
      createdAt: flag.createdAt,
      windowDays: flag.windowDays,
      ordersCount: alertOrdersCountOf(flag.figures),
      indicators: alertIndicatorsOf(flag.figures),
      shop: flag.shop,
    })),
    rows: rows.map((row) => ({ ...row, crossed: row.crossed.filter(isQualityIndicator) })),
    page,
    pageCount,
    total,
    computedAt: latest._max.computedAt,
  };
}
