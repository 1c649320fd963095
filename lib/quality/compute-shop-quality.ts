import "server-only";
import { appUrl } from "@/lib/app-url";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { emailLocaleOf } from "@/lib/notifications/recipients";
import { queueEmail } from "@/lib/notifications/queue-email";
import {
  alertLevelOf,
  crossedIndicators,
  crossingsOf,
  figuresOf,
  judgeQuality,
  QUALITY_GRACE_DAYS,
  QUALITY_WINDOWS,
  type QualityCounts,
  type QualityFigures,
  type QualityIndicator,
  type QualityThresholds,
} from "./quality-rules";
import { readQualityThresholds } from "./read-quality-thresholds";
import { alertIndicatorsOf } from "./alert-figures";

// The `shop-quality` job (docs/trust.md, quality indicators; warnings before exclusion). Every
// shop's indicators over 30 and 90 days are counted by three set-based statements (parts paid,
// conversations, reviews) for all shops at once, turned into figures by the pure rules
// (quality-rules.ts), written by one INSERT … ON CONFLICT for every shop and window, then the
// crossings of the judged window raise warnings and flags. One run at a time: the whole run holds
// a transaction-scoped advisory lock, and a run that cannot take it does nothing (another is
// computing the same thing), so two runs at once write one row per shop and window and one alert
// per crossing.

export type ShopQualityReport = {
  /** false when another run held the lock */
  ran: boolean;
  shops: number;
  warnings: number;
  flags: number;
};

const DAY_MS = 86_400_000;
const LOCK_KEY = "halle.quality.compute";

type CountRow = { shopId: string; windowDays: number } & Partial<QualityCounts>;

/** The figures stored in an alert: each crossed indicator with value and threshold, and the window's figures. */
export type QualityAlertFigures = {
  windowDays: number;
  crossed: { key: QualityIndicator; value: number | null; threshold: number }[];
  figures: QualityFigures;
};

export async function computeShopQuality(now: Date): Promise<ShopQualityReport> {
  return getDb().$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(hashtext(${LOCK_KEY})) AS locked`;
      if (!lock?.locked) return { ran: false, shops: 0, warnings: 0, flags: 0 };

      const thresholds = await readQualityThresholds(tx);
      const counts = await countAll(tx, now);
      const shops = await tx.shop.findMany({
        where: { status: { not: "DRAFT" } },
        select: { id: true, status: true },
      });
      const judged = (QUALITY_WINDOWS as readonly number[]).includes(thresholds.qualityWindowDays)
        ? thresholds.qualityWindowDays
        : QUALITY_WINDOWS[0];
      const previous = new Map(
        (await tx.shopQuality.findMany({ where: { windowDays: judged }, select: { shopId: true, crossed: true } })).map(
          (row) => [row.shopId, row.crossed],
        ),
      );

      const rows: { shopId: string; windowDays: number; figures: QualityFigures; crossed: QualityIndicator[] }[] = [];
      for (const shop of shops) {
        for (const windowDays of QUALITY_WINDOWS) {
          const figures = figuresOf(counts.get(`${shop.id}:${windowDays}`) ?? EMPTY_COUNTS);
          // Only the judged window of an approved shop is judged; a suspended or closed one is not.
          const crossed =
            windowDays === judged && shop.status === "APPROVED" ? crossedIndicators(figures, thresholds) : [];
          rows.push({ shopId: shop.id, windowDays, figures, crossed });
        }
      }
      await upsertRows(tx, now, rows);

      const candidates = rows.filter((row) => row.crossed.length > 0);
      const { warnings, flags } = await raiseAlerts(tx, now, thresholds, candidates, previous);
      return { ran: true, shops: shops.length, warnings, flags };
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
}

const EMPTY_COUNTS: QualityCounts = {
  ordersCount: 0,
  accepted: 0,
  refused: 0,
  expired: 0,
  answeredCount: 0,
  answerSecondsSum: 0,
  late: 0,
  vendorCancellations: 0,
  claims: 0,
  delivered: 0,
  messagesCount: 0,
  messageSecondsSum: 0,
  ratingCount: 0,
  ratingSum: 0,
};

/** Every shop's counts for both windows, keyed "shopId:windowDays". */
async function countAll(tx: Prisma.TransactionClient, now: Date): Promise<Map<string, QualityCounts>> {
  const [short, long] = QUALITY_WINDOWS;
  const windows = Prisma.sql`(VALUES
    (${short}::int, ${new Date(now.getTime() - short * DAY_MS)}::timestamp(3)),
    (${long}::int, ${new Date(now.getTime() - long * DAY_MS)}::timestamp(3))) AS w(days, since)`;
  const longStart = new Date(now.getTime() - long * DAY_MS);

  // The base set: parts paid in the window (their PAID event), with what their timeline says.
  const parts = tx.$queryRaw<CountRow[]>`
    WITH paid AS (
      SELECT e."shopOrderId", min(e."createdAt") AS paid_at
      FROM "ShopOrderEvent" e
      WHERE e."action" = 'PAID' AND e."createdAt" >= ${longStart}::timestamp(3) AND e."createdAt" < ${now}::timestamp(3)
      GROUP BY e."shopOrderId"
    ), facts AS (
      SELECT p."shopOrderId", p.paid_at,
        bool_or(e."action" = 'ACCEPT') AS accepted,
        bool_or(e."action" = 'REFUSE') AS refused,
        bool_or(e."action" = 'EXPIRE') AS expired,
        min(e."createdAt") FILTER (WHERE e."action" IN ('ACCEPT', 'REFUSE')) AS answered_at,
        bool_or(e."action" = 'CANCEL' AND e."actorKind" = 'VENDOR') AS vendor_cancelled
      FROM paid p JOIN "ShopOrderEvent" e ON e."shopOrderId" = p."shopOrderId"
      GROUP BY p."shopOrderId", p.paid_at
    )
    SELECT so."shopId" AS "shopId", w.days AS "windowDays",
      count(*)::int AS "ordersCount",
      count(*) FILTER (WHERE f.accepted)::int AS "accepted",
      count(*) FILTER (WHERE f.refused)::int AS "refused",
      count(*) FILTER (WHERE f.expired)::int AS "expired",
      count(f.answered_at)::int AS "answeredCount",
      coalesce(sum(extract(epoch FROM f.answered_at - f.paid_at)), 0)::float8 AS "answerSecondsSum",
      count(*) FILTER (WHERE so."lateFlaggedAt" IS NOT NULL)::int AS "late",
      count(*) FILTER (WHERE f.vendor_cancelled)::int AS "vendorCancellations",
      count(rr."id")::int AS "claims",
      count(*) FILTER (WHERE so."deliveredAt" IS NOT NULL)::int AS "delivered"
    FROM facts f
    JOIN "ShopOrder" so ON so."id" = f."shopOrderId"
    LEFT JOIN "ReturnRequest" rr ON rr."shopOrderId" = so."id"
    CROSS JOIN ${windows}
    WHERE f.paid_at >= w.since
    GROUP BY so."shopId", w.days`;

  // Message response: each shopper message of the window that follows a vendor's (or opens the
  // conversation) waits until the vendor's next message, or until now when none came.
  const messages = tx.$queryRaw<CountRow[]>`
    WITH m AS (
      SELECT om."shopOrderId", om."authorKind", om."createdAt",
        lag(om."authorKind") OVER conv AS prev_kind,
        min(om."createdAt") FILTER (WHERE om."authorKind" = 'VENDOR')
          OVER (conv ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_vendor_at
      FROM "OrderMessage" om
      WHERE om."authorKind" IN ('SHOPPER', 'VENDOR') AND om."createdAt" < ${now}::timestamp(3)
        AND om."shopOrderId" IN (
          SELECT DISTINCT "shopOrderId" FROM "OrderMessage"
          WHERE "authorKind" = 'SHOPPER' AND "createdAt" >= ${longStart}::timestamp(3) AND "createdAt" < ${now}::timestamp(3)
        )
      WINDOW conv AS (PARTITION BY om."shopOrderId" ORDER BY om."createdAt", om."id")
    )
    SELECT so."shopId" AS "shopId", w.days AS "windowDays",
      count(*)::int AS "messagesCount",
      sum(extract(epoch FROM coalesce(m.next_vendor_at, ${now}::timestamp(3)) - m."createdAt"))::float8 AS "messageSecondsSum"
    FROM m
    JOIN "ShopOrder" so ON so."id" = m."shopOrderId"
    CROSS JOIN ${windows}
    WHERE m."authorKind" = 'SHOPPER' AND (m.prev_kind IS NULL OR m.prev_kind = 'VENDOR') AND m."createdAt" >= w.since
    GROUP BY so."shopId", w.days`;

  const reviews = tx.$queryRaw<CountRow[]>`
    SELECT r."shopId" AS "shopId", w.days AS "windowDays", count(*)::int AS "ratingCount", sum(r."rating")::int AS "ratingSum"
    FROM "Review" r
    CROSS JOIN ${windows}
    WHERE r."status" = 'PUBLISHED' AND r."createdAt" >= w.since AND r."createdAt" < ${now}::timestamp(3)
    GROUP BY r."shopId", w.days`;

  // One after the other: a transaction is one connection.
  const all = new Map<string, QualityCounts>();
  for (const found of [await parts, await messages, await reviews]) {
    for (const { shopId, windowDays, ...values } of found) {
      const key = `${shopId}:${windowDays}`;
      all.set(key, { ...(all.get(key) ?? EMPTY_COUNTS), ...values });
    }
  }
  return all;
}

async function upsertRows(
  tx: Prisma.TransactionClient,
  now: Date,
  rows: { shopId: string; windowDays: number; figures: QualityFigures; crossed: QualityIndicator[] }[],
): Promise<void> {
  const BATCH = 5_000;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const col = <K extends keyof QualityFigures>(key: K) => batch.map((row) => row.figures[key]);
    await tx.$executeRaw`
      INSERT INTO "ShopQuality" ("shopId", "windowDays", "computedAt", "ordersCount", "acceptanceRateBps",
        "answerTimeMinutes", "expiredCount", "expiredRateBps", "lateShipmentCount", "lateShipmentRateBps",
        "vendorCancellationCount", "vendorCancellationRateBps", "claimsCount", "claimsRateBps",
        "messageResponseMinutes", "ratingCount", "ratingAverage", "crossed")
      SELECT r.shop_id, r.window_days, ${now}::timestamp(3), r.orders, r.acceptance, r.answer, r.expired_count,
        r.expired_rate, r.late_count, r.late_rate, r.cancel_count, r.cancel_rate, r.claims_count, r.claims_rate,
        r.message, r.rating_count, r.rating_average, string_to_array(r.crossed, ',')
      FROM unnest(
        ${batch.map((row) => row.shopId)}::text[], ${batch.map((row) => row.windowDays)}::int[],
        ${col("ordersCount")}::int[], ${col("acceptanceRateBps")}::int[], ${col("answerTimeMinutes")}::int[],
        ${col("expiredCount")}::int[], ${col("expiredRateBps")}::int[], ${col("lateShipmentCount")}::int[],
        ${col("lateShipmentRateBps")}::int[], ${col("vendorCancellationCount")}::int[],
        ${col("vendorCancellationRateBps")}::int[], ${col("claimsCount")}::int[], ${col("claimsRateBps")}::int[],
        ${col("messageResponseMinutes")}::int[], ${col("ratingCount")}::int[], ${col("ratingAverage")}::int[],
        ${batch.map((row) => row.crossed.join(","))}::text[]
      ) AS r(shop_id, window_days, orders, acceptance, answer, expired_count, expired_rate, late_count, late_rate,
        cancel_count, cancel_rate, claims_count, claims_rate, message, rating_count, rating_average, crossed)
      ON CONFLICT ("shopId", "windowDays") DO UPDATE SET
        "computedAt" = EXCLUDED."computedAt", "ordersCount" = EXCLUDED."ordersCount",
        "acceptanceRateBps" = EXCLUDED."acceptanceRateBps", "answerTimeMinutes" = EXCLUDED."answerTimeMinutes",
        "expiredCount" = EXCLUDED."expiredCount", "expiredRateBps" = EXCLUDED."expiredRateBps",
        "lateShipmentCount" = EXCLUDED."lateShipmentCount", "lateShipmentRateBps" = EXCLUDED."lateShipmentRateBps",
        "vendorCancellationCount" = EXCLUDED."vendorCancellationCount",
        "vendorCancellationRateBps" = EXCLUDED."vendorCancellationRateBps", "claimsCount" = EXCLUDED."claimsCount",
        "claimsRateBps" = EXCLUDED."claimsRateBps", "messageResponseMinutes" = EXCLUDED."messageResponseMinutes",
        "ratingCount" = EXCLUDED."ratingCount", "ratingAverage" = EXCLUDED."ratingAverage",
        "crossed" = EXCLUDED."crossed"`;
  }
}

/** The keys an alert's figures reported (QualityAlertFigures.crossed). */
function reportedKeys(figures: unknown): QualityIndicator[] {
  return alertIndicatorsOf(figures).map((indicator) => indicator.key);
}

async function raiseAlerts(
  tx: Prisma.TransactionClient,
  now: Date,
  thresholds: QualityThresholds,
  candidates: { shopId: string; windowDays: number; figures: QualityFigures; crossed: QualityIndicator[] }[],
  previous: Map<string, string[]>,
): Promise<{ warnings: number; flags: number }> {
  if (candidates.length === 0) return { warnings: 0, flags: 0 };
  const lookBack = Math.max(thresholds.qualityAlertPeriodDays, QUALITY_GRACE_DAYS);
  const recent = await tx.qualityAlert.findMany({
    where: {
      shopId: { in: candidates.map((row) => row.shopId) },
      createdAt: { gt: new Date(now.getTime() - lookBack * DAY_MS), lte: now },
    },
    select: { shopId: true, level: true, createdAt: true, figures: true },
    orderBy: { createdAt: "asc" },
  });
  const history = new Map<
    string,
    { lastWarningAt: Date | null; lastReportedAt: Partial<Record<QualityIndicator, Date>> }
  >();
  for (const alert of recent) {
    const entry = history.get(alert.shopId) ?? { lastWarningAt: null, lastReportedAt: {} };
    if (alert.level === "WARNING") entry.lastWarningAt = alert.createdAt;
    for (const key of reportedKeys(alert.figures)) entry.lastReportedAt[key] = alert.createdAt;
    history.set(alert.shopId, entry);
  }

  // The shops and owners the e-mails name, read once for all the shops with a crossing.
  const shops = new Map(
    (
      await tx.shop.findMany({
        where: { id: { in: candidates.map((row) => row.shopId) } },
        select: { id: true, name: true, owner: { select: { name: true, email: true, locale: true } } },
      })
    ).map((shop) => [shop.id, shop]),
  );
  let warnings = 0;
  let flags = 0;
  let operators: { name: string; email: string; locale: string }[] | undefined;
  for (const row of candidates) {
    const past = history.get(row.shopId) ?? { lastWarningAt: null, lastReportedAt: {} };
    const crossings = crossingsOf({
      now,
      crossed: row.crossed,
      previous: previous.get(row.shopId) ?? [],
      lastReportedAt: past.lastReportedAt,
    });
    const level = alertLevelOf({
      now,
      crossings,
      lastWarningAt: past.lastWarningAt,
      periodDays: thresholds.qualityAlertPeriodDays,
    });
    if (!level) continue;
    const judged = judgeQuality(row.figures, thresholds);
    const evidence: QualityAlertFigures = {
      windowDays: row.windowDays,
      crossed: judged
        .filter((j) => j.status === "crossed")
        .map(({ key, value, threshold }) => ({ key, value, threshold })),
      figures: row.figures,
    };
    const shop = shops.get(row.shopId);
    if (!shop) continue;
    const emailData = {
      shopName: shop.name,
      windowDays: row.windowDays,
      ordersCount: row.figures.ordersCount,
      indicators: evidence.crossed,
    };
    if (level === "WARNING") {
      await tx.qualityAlert.create({
        data: { shopId: row.shopId, level, windowDays: row.windowDays, figures: evidence, createdAt: now },
      });
      await queueEmail(tx, {
        to: shop.owner.email,
        locale: emailLocaleOf(shop.owner.locale),
        template: "quality.warning",
        data: { ...emailData, recipientName: shop.owner.name, url: appUrl("/dashboard/quality") },
      });
      warnings += 1;
      continue;
    }
    // At most one open flag per shop (a partial unique index): an open one holds this back.
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "QualityAlert" ("id", "shopId", "level", "windowDays", "figures", "createdAt")
      VALUES (${`qa_${crypto.randomUUID()}`}, ${row.shopId}, 'FLAG', ${row.windowDays}, ${JSON.stringify(evidence)}::jsonb,
        ${now}::timestamp(3))
      ON CONFLICT ("shopId") WHERE "level" = 'FLAG' AND "resolvedAt" IS NULL DO NOTHING
      RETURNING "id"`;
    if (inserted.length === 0) continue;
    operators ??= await tx.user.findMany({
      where: { role: "OPERATOR" },
      select: { name: true, email: true, locale: true },
      orderBy: { createdAt: "asc" },
    });
    for (const operator of operators) {
      await queueEmail(tx, {
        to: operator.email,
        locale: emailLocaleOf(operator.locale),
        template: "quality.flagged",
        data: { ...emailData, recipientName: operator.name, url: appUrl("/admin/quality") },
      });
    }
    flags += 1;
  }
  return { warnings, flags };
}
