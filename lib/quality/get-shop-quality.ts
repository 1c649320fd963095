import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseIdOrThrow } from "@/lib/parse-id";
import { alertIndicatorsOf, type AlertIndicator } from "./alert-figures";
import {
  judgeQuality,
  QUALITY_WINDOWS,
  type IndicatorJudgement,
  type QualityFigures,
  type QualityThresholds,
} from "./quality-rules";
import { readQualityThresholds } from "./read-quality-thresholds";

/** The warnings the vendor's page lists, newest first. */
export const WARNINGS_SHOWN = 20;

export type ShopQualityWindow = {
  windowDays: number;
  /** the window the marketplace judges (qualityWindowDays) */
  judged: boolean;
  computedAt: Date | null;
  ordersCount: number;
  /** every indicator beside its threshold; null before the first computation */
  judgements: IndicatorJudgement[] | null;
};

export type ShopQualityView = {
  shop: { id: string; name: string };
  thresholds: QualityThresholds;
  windows: ShopQualityWindow[];
  warnings: { id: string; createdAt: Date; windowDays: number; indicators: AlertIndicator[] }[];
};

/**
 * The vendor's quality page (docs/trust.md, quality indicators): their shop's stored figures for
 * 30 and 90 days judged against the marketplace's thresholds, and the shop's warnings. The shop is
 * looked up with its owner: someone else's shop is NOT_FOUND.
 */
export async function getShopQuality(actor: Actor | null, shopId: string): Promise<ShopQualityView> {
  assertRole(actor, "VENDOR");
  const id = parseIdOrThrow(shopId);
  const db = getDb();
  const shop = await db.shop.findFirst({ where: { id, ownerId: actor.id }, select: { id: true, name: true } });
  if (!shop) throw new AppError("NOT_FOUND");
  const [rows, thresholds, warnings] = await Promise.all([
    db.shopQuality.findMany({ where: { shopId: shop.id } }),
    readQualityThresholds(db),
    db.qualityAlert.findMany({
      where: { shopId: shop.id, level: "WARNING" },
      select: { id: true, createdAt: true, windowDays: true, figures: true },
      orderBy: { createdAt: "desc" },
      take: WARNINGS_SHOWN,
    }),
  ]);
  return {
    shop,
    thresholds,
    windows: QUALITY_WINDOWS.map((windowDays) => {
      const row = rows.find((candidate) => candidate.windowDays === windowDays);
      return {
        windowDays,
        judged: windowDays === thresholds.qualityWindowDays,
        computedAt: row?.computedAt ?? null,
        ordersCount: row?.ordersCount ?? 0,
        judgements: row ? judgeQuality(figuresOfRow(row), thresholds) : null,
      };
    }),
    warnings: warnings.map((warning) => ({
      id: warning.id,
      createdAt: warning.createdAt,
      windowDays: warning.windowDays,
      indicators: alertIndicatorsOf(warning.figures),
    })),
  };
}

/** A ShopQuality row's figures (its columns are QualityFigures' fields). */
export function figuresOfRow(row: QualityFigures): QualityFigures {
  return {
    ordersCount: row.ordersCount,
    acceptanceRateBps: row.acceptanceRateBps,
    answerTimeMinutes: row.answerTimeMinutes,
    expiredCount: row.expiredCount,
    expiredRateBps: row.expiredRateBps,
    lateShipmentCount: row.lateShipmentCount,
    lateShipmentRateBps: row.lateShipmentRateBps,
    vendorCancellationCount: row.vendorCancellationCount,
    vendorCancellationRateBps: row.vendorCancellationRateBps,
    claimsCount: row.claimsCount,
    claimsRateBps: row.claimsRateBps,
    messageResponseMinutes: row.messageResponseMinutes,
    ratingCount: row.ratingCount,
    ratingAverage: row.ratingAverage,
  };
}
