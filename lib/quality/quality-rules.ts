// The quality indicators' formulas and their judging (docs/trust.md, quality indicators): pure
// functions, no I/O. The job (compute-shop-quality.ts) counts in SQL and calls these on the counts,
// so each rule exists once; pages and e-mails read the stored figures.

/** The windows every shop is measured over, in days. */
export const QUALITY_WINDOWS = [30, 90] as const;
export type QualityWindow = (typeof QUALITY_WINDOWS)[number];

/** An indicator still past its threshold this long after the alert that reported it is a new crossing. */
export const QUALITY_GRACE_DAYS = 7;

export const QUALITY_INDICATORS = [
  "acceptanceRate",
  "answerTime",
  "expiredRate",
  "lateShipmentRate",
  "vendorCancellationRate",
  "claimsRate",
  "messageResponse",
  "rating",
] as const;
export type QualityIndicator = (typeof QUALITY_INDICATORS)[number];

export function isQualityIndicator(value: unknown): value is QualityIndicator {
  return typeof value === "string" && (QUALITY_INDICATORS as readonly string[]).includes(value);
}

/** How an indicator's value reads: a rate in basis points, a time in minutes, a rating in hundredths of a star. */
export const INDICATOR_UNITS: Record<QualityIndicator, "bps" | "minutes" | "hundredths"> = {
  acceptanceRate: "bps",
  answerTime: "minutes",
  expiredRate: "bps",
  lateShipmentRate: "bps",
  vendorCancellationRate: "bps",
  claimsRate: "bps",
  messageResponse: "minutes",
  rating: "hundredths",
};

/** What the SQL counts for one shop and window. */
export type QualityCounts = {
  /** parts paid in the window (a PAID event in it) */
  ordersCount: number;
  accepted: number;
  refused: number;
  expired: number;
  /** answered by the vendor (ACCEPT or REFUSE) and the sum of (answer − PAID), in seconds */
  answeredCount: number;
  answerSecondsSum: number;
  late: number;
  vendorCancellations: number;
  claims: number;
  delivered: number;
  /** first shopper messages of a run sent in the window, and the sum of their waits, in seconds */
  messagesCount: number;
  messageSecondsSum: number;
  /** published reviews written in the window */
  ratingCount: number;
  ratingSum: number;
};

/** The stored figures (ShopQuality's columns): rates in basis points, times in minutes, rating in hundredths. */
export type QualityFigures = {
  ordersCount: number;
  acceptanceRateBps: number | null;
  answerTimeMinutes: number | null;
  expiredCount: number;
  expiredRateBps: number | null;
  lateShipmentCount: number;
  lateShipmentRateBps: number | null;
  vendorCancellationCount: number;
  vendorCancellationRateBps: number | null;
  claimsCount: number;
  claimsRateBps: number | null;
  messageResponseMinutes: number | null;
  ratingCount: number;
  ratingAverage: number | null;
};

/** numerator ÷ denominator in basis points, rounded half up; null when the denominator is 0. */
export function rateBps(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.floor((numerator * 20000 + denominator) / (denominator * 2));
}

/** An average of durations in seconds, in whole minutes rounded half up; null when there is none. */
export function averageMinutes(secondsSum: number, count: number): number | null {
  if (count <= 0) return null;
  return Math.floor(secondsSum / count / 60 + 0.5);
}

/** An average of stars in hundredths of a star, rounded half up; null when there is none. */
export function averageHundredths(sum: number, count: number): number | null {
  if (count <= 0) return null;
  return Math.floor((sum * 200 + count) / (count * 2));
}

export function figuresOf(counts: QualityCounts): QualityFigures {
  return {
    ordersCount: counts.ordersCount,
    // decided = accepted, refused or expired; a part cancelled before any answer is not decided
    acceptanceRateBps: rateBps(counts.accepted, counts.accepted + counts.refused + counts.expired),
    answerTimeMinutes: averageMinutes(counts.answerSecondsSum, counts.answeredCount),
    expiredCount: counts.expired,
    expiredRateBps: rateBps(counts.expired, counts.ordersCount),
    lateShipmentCount: counts.late,
    lateShipmentRateBps: rateBps(counts.late, counts.accepted),
    vendorCancellationCount: counts.vendorCancellations,
    vendorCancellationRateBps: rateBps(counts.vendorCancellations, counts.accepted),
    claimsCount: counts.claims,
    claimsRateBps: rateBps(counts.claims, counts.delivered),
    messageResponseMinutes: averageMinutes(counts.messageSecondsSum, counts.messagesCount),
    ratingCount: counts.ratingCount,
    ratingAverage: averageHundredths(counts.ratingSum, counts.ratingCount),
  };
}

/** The marketplace's thresholds (MarketplaceSettings quality*). */
export type QualityThresholds = {
  qualityWindowDays: number;
  qualityMinOrders: number;
  qualityMinAcceptanceRateBps: number;
  qualityMaxAnswerHours: number;
  qualityMaxExpiredRateBps: number;
  qualityMaxLateShipmentRateBps: number;
  qualityMaxCancellationRateBps: number;
  qualityMaxClaimsRateBps: number;
  qualityMaxMessageResponseHours: number;
  qualityMinRating: number;
  qualityAlertPeriodDays: number;
};

/** The schema's defaults (prisma/schema/plans.prisma), before the operator saves the settings. */
export const DEFAULT_QUALITY_THRESHOLDS: QualityThresholds = {
  qualityWindowDays: 30,
  qualityMinOrders: 5,
  qualityMinAcceptanceRateBps: 8000,
  qualityMaxAnswerHours: 24,
  qualityMaxExpiredRateBps: 500,
  qualityMaxLateShipmentRateBps: 1000,
  qualityMaxCancellationRateBps: 500,
  qualityMaxClaimsRateBps: 1000,
  qualityMaxMessageResponseHours: 48,
  qualityMinRating: 350,
  qualityAlertPeriodDays: 30,
};

export type IndicatorStatus = "ok" | "crossed" | "notEnough";

export type IndicatorJudgement = {
  key: QualityIndicator;
  value: number | null;
  /** in the indicator's own unit (minutes for times) */
  threshold: number;
  /** "min": the value must stay at or above the threshold; "max": at or below */
  bound: "min" | "max";
  status: IndicatorStatus;
};

/** Each indicator's value, threshold and status for one window's figures. */
export function judgeQuality(figures: QualityFigures, thresholds: QualityThresholds): IndicatorJudgement[] {
  const enoughOrders = figures.ordersCount >= thresholds.qualityMinOrders;
  const rate = (key: QualityIndicator, value: number | null, threshold: number, bound: "min" | "max") =>
    judge(key, value, threshold, bound, enoughOrders);
  // Times are judged as soon as there is one measure.
  const time = (key: QualityIndicator, value: number | null, hours: number) =>
    judge(key, value, hours * 60, "max", value !== null);
  return [
    rate("acceptanceRate", figures.acceptanceRateBps, thresholds.qualityMinAcceptanceRateBps, "min"),
    time("answerTime", figures.answerTimeMinutes, thresholds.qualityMaxAnswerHours),
    rate("expiredRate", figures.expiredRateBps, thresholds.qualityMaxExpiredRateBps, "max"),
    rate("lateShipmentRate", figures.lateShipmentRateBps, thresholds.qualityMaxLateShipmentRateBps, "max"),
    rate("vendorCancellationRate", figures.vendorCancellationRateBps, thresholds.qualityMaxCancellationRateBps, "max"),
    rate("claimsRate", figures.claimsRateBps, thresholds.qualityMaxClaimsRateBps, "max"),
    time("messageResponse", figures.messageResponseMinutes, thresholds.qualityMaxMessageResponseHours),
    judge(
      "rating",
      figures.ratingAverage,
      thresholds.qualityMinRating,
      "min",
      figures.ratingCount >= thresholds.qualityMinOrders,
    ),
  ];
}

function judge(
  key: QualityIndicator,
  value: number | null,
  threshold: number,
  bound: "min" | "max",
  enough: boolean,
): IndicatorJudgement {
  if (!enough || value === null) return { key, value, threshold, bound, status: "notEnough" };
  const crossed = bound === "min" ? value < threshold : value > threshold;
  return { key, value, threshold, bound, status: crossed ? "crossed" : "ok" };
}

/** The indicators past their thresholds, in QUALITY_INDICATORS order. */
export function crossedIndicators(figures: QualityFigures, thresholds: QualityThresholds): QualityIndicator[] {
  return judgeQuality(figures, thresholds)
    .filter((judgement) => judgement.status === "crossed")
    .map((judgement) => judgement.key);
}

/**
 * The crossings of a computation: an indicator crossed now that was not at the previous
 * computation, or one still crossed QUALITY_GRACE_DAYS after the last alert that reported it
 * (or never reported: an open flag held it back).
 */
export function crossingsOf(input: {
  now: Date;
  crossed: readonly QualityIndicator[];
  previous: readonly string[];
  /** when an alert last reported each indicator */
  lastReportedAt: Partial<Record<QualityIndicator, Date>>;
}): QualityIndicator[] {
  const graceMs = QUALITY_GRACE_DAYS * 86_400_000;
  return input.crossed.filter((key) => {
    if (!input.previous.includes(key)) return true;
    const reported = input.lastReportedAt[key];
    return !reported || input.now.getTime() - reported.getTime() >= graceMs;
  });
}

/** What a shop's crossings write: a WARNING, a FLAG (a warning within the period), or nothing. */
export function alertLevelOf(input: {
  now: Date;
  crossings: readonly QualityIndicator[];
  lastWarningAt: Date | null;
  periodDays: number;
}): "WARNING" | "FLAG" | null {
  if (input.crossings.length === 0) return null;
  const periodStart = input.now.getTime() - input.periodDays * 86_400_000;
  return input.lastWarningAt && input.lastWarningAt.getTime() > periodStart ? "FLAG" : "WARNING";
}
