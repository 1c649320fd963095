import { describe, expect, it } from "vitest";
import {
  alertLevelOf,
  averageHundredths,
  averageMinutes,
  crossedIndicators,
  crossingsOf,
  DEFAULT_QUALITY_THRESHOLDS,
  figuresOf,
  judgeQuality,
  rateBps,
  type QualityCounts,
  type QualityFigures,
} from "./quality-rules";

// docs/trust.md, quality indicators: every expectation below is computed by hand.

describe("rateBps", () => {
  it.each([
    [0, 0, null],
    [5, 0, null],
    [0, 7, 0],
    [1, 3, 3333], // 3333.33…
    [2, 3, 6667], // 6666.67…
    [1, 8, 1250],
    [1, 16, 625], // 625 exactly
    [1, 32, 313], // 312.5 rounds half up
    [7, 7, 10000],
  ])("%i ÷ %i → %s", (numerator, denominator, expected) => {
    expect(rateBps(numerator, denominator)).toBe(expected);
  });
});

describe("averageMinutes", () => {
  it.each([
    [0, 0, null],
    [3600, 1, 60],
    [90, 1, 2], // 1.5 min rounds half up
    [89, 1, 1],
    [7200 + 3600, 2, 90], // (2 h + 1 h) ÷ 2
    [100, 3, 1], // 33.3 s → 0.56 min → 1
  ])("%i s over %i → %s min", (seconds, count, expected) => {
    expect(averageMinutes(seconds, count)).toBe(expected);
  });
});

describe("averageHundredths", () => {
  it.each([
    [0, 0, null],
    [9, 2, 450],
    [10, 3, 333], // 3.333…
    [11, 3, 367], // 3.666…
    [7, 8, 88], // 0.875 → 87.5 → 88
    [5, 1, 500],
  ])("%i stars over %i → %s", (sum, count, expected) => {
    expect(averageHundredths(sum, count)).toBe(expected);
  });
});

const zero: QualityCounts = {
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

describe("figuresOf", () => {
  it("gives nulls for an empty window", () => {
    expect(figuresOf(zero)).toEqual({
      ordersCount: 0,
      acceptanceRateBps: null,
      answerTimeMinutes: null,
      expiredCount: 0,
      expiredRateBps: null,
      lateShipmentCount: 0,
      lateShipmentRateBps: null,
      vendorCancellationCount: 0,
      vendorCancellationRateBps: null,
      claimsCount: 0,
      claimsRateBps: null,
      messageResponseMinutes: null,
      ratingCount: 0,
      ratingAverage: null,
    });
  });

  it("computes each rate on its own base", () => {
    // 10 parts paid: 6 accepted, 1 refused, 2 expired, 1 cancelled by the shopper before an answer.
    // Answers: 7 (6 + 1) took 7 × 2 h = 50,400 s → 120 min. Late: 2 of 6 accepted. Vendor
    // cancellations: 1 of 6. Claims: 1 of 4 delivered. Messages: 2 waits of 1 h and 3 h → 120 min.
    // Ratings: 4, 5, 3 → 4.00.
    const figures = figuresOf({
      ordersCount: 10,
      accepted: 6,
      refused: 1,
      expired: 2,
      answeredCount: 7,
      answerSecondsSum: 50_400,
      late: 2,
      vendorCancellations: 1,
      claims: 1,
      delivered: 4,
      messagesCount: 2,
      messageSecondsSum: 14_400,
      ratingCount: 3,
      ratingSum: 12,
    });
    expect(figures).toEqual({
      ordersCount: 10,
      acceptanceRateBps: 6667, // 6 ÷ 9 decided
      answerTimeMinutes: 120,
      expiredCount: 2,
      expiredRateBps: 2000, // 2 ÷ 10
      lateShipmentCount: 2,
      lateShipmentRateBps: 3333, // 2 ÷ 6
      vendorCancellationCount: 1,
      vendorCancellationRateBps: 1667, // 1 ÷ 6
      claimsCount: 1,
      claimsRateBps: 2500, // 1 ÷ 4
      messageResponseMinutes: 120,
      ratingCount: 3,
      ratingAverage: 400,
    });
  });
});

const healthy: QualityFigures = {
  ordersCount: 10,
  acceptanceRateBps: 9000,
  answerTimeMinutes: 60,
  expiredCount: 0,
  expiredRateBps: 0,
  lateShipmentCount: 0,
  lateShipmentRateBps: 0,
  vendorCancellationCount: 0,
  vendorCancellationRateBps: 0,
  claimsCount: 0,
  claimsRateBps: 0,
  messageResponseMinutes: 30,
  ratingCount: 5,
  ratingAverage: 450,
};

describe("judgeQuality and crossedIndicators", () => {
  const t = DEFAULT_QUALITY_THRESHOLDS; // min 5 orders, acceptance ≥ 80 %, answer ≤ 24 h, expired ≤ 5 %…

  it.each<[string, Partial<QualityFigures>, string[]]>([
    ["a healthy shop", {}, []],
    ["acceptance exactly at the minimum is fine", { acceptanceRateBps: 8000 }, []],
    ["acceptance below the minimum", { acceptanceRateBps: 7999 }, ["acceptanceRate"]],
    ["answer time at 24 h is fine", { answerTimeMinutes: 1440 }, []],
    ["answer time past 24 h", { answerTimeMinutes: 1441 }, ["answerTime"]],
    ["expired past 5 %", { expiredRateBps: 501 }, ["expiredRate"]],
    ["late past 10 %", { lateShipmentRateBps: 1001 }, ["lateShipmentRate"]],
    ["vendor cancellations past 5 %", { vendorCancellationRateBps: 600 }, ["vendorCancellationRate"]],
    ["claims past 10 %", { claimsRateBps: 2500 }, ["claimsRate"]],
    ["messages past 48 h", { messageResponseMinutes: 2881 }, ["messageResponse"]],
    ["rating below 3.5", { ratingAverage: 349 }, ["rating"]],
    ["a rate null is not judged", { acceptanceRateBps: null, lateShipmentRateBps: null }, []],
    [
      "several at once, in the indicators' order",
      { ratingAverage: 200, acceptanceRateBps: 5000, lateShipmentRateBps: 5000 },
      ["acceptanceRate", "lateShipmentRate", "rating"],
    ],
    // too few parts paid: rates are not judged, times still are
    ["4 orders: rates not judged", { ordersCount: 4, acceptanceRateBps: 0, expiredRateBps: 10000 }, []],
    ["4 orders: a time still judged", { ordersCount: 4, answerTimeMinutes: 3000 }, ["answerTime"]],
    ["4 reviews: rating not judged", { ratingCount: 4, ratingAverage: 100 }, []],
  ])("%s", (_name, change, expected) => {
    expect(crossedIndicators({ ...healthy, ...change }, t)).toEqual(expected);
  });

  it("marks not enough orders, with thresholds in the indicator's unit", () => {
    const judged = judgeQuality({ ...healthy, ordersCount: 2, ratingCount: 0, ratingAverage: null }, t);
    expect(judged.find((j) => j.key === "acceptanceRate")).toEqual({
      key: "acceptanceRate",
      value: 9000,
      threshold: 8000,
      bound: "min",
      status: "notEnough",
    });
    expect(judged.find((j) => j.key === "answerTime")).toMatchObject({ threshold: 1440, status: "ok" });
    expect(judged.find((j) => j.key === "rating")).toMatchObject({ status: "notEnough" });
  });
});

describe("crossingsOf", () => {
  const now = new Date("2026-06-20T12:00:00Z");
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  it.each<[string, string[], string[], Record<string, Date>, string[]]>([
    ["new indicator", ["lateShipmentRate"], [], {}, ["lateShipmentRate"]],
    [
      "still crossed, reported 6 days ago",
      ["lateShipmentRate"],
      ["lateShipmentRate"],
      { lateShipmentRate: daysAgo(6) },
      [],
    ],
    [
      "still crossed, reported 7 days ago: the grace is over",
      ["lateShipmentRate"],
      ["lateShipmentRate"],
      { lateShipmentRate: daysAgo(7) },
      ["lateShipmentRate"],
    ],
    ["still crossed, never reported", ["rating"], ["rating"], {}, ["rating"]],
    [
      "one new beside one still in grace",
      ["acceptanceRate", "lateShipmentRate"],
      ["lateShipmentRate"],
      { lateShipmentRate: daysAgo(1) },
      ["acceptanceRate"],
    ],
    ["nothing crossed", [], ["rating"], {}, []],
  ])("%s", (_name, crossed, previous, lastReportedAt, expected) => {
    expect(crossingsOf({ now, crossed: crossed as never, previous, lastReportedAt: lastReportedAt as never })).toEqual(
      expected,
    );
  });
});

describe("alertLevelOf", () => {
  const now = new Date("2026-06-20T12:00:00Z");
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  it.each<[string, string[], Date | null, "WARNING" | "FLAG" | null]>([
    ["no crossing", [], daysAgo(1), null],
    ["first crossing", ["rating"], null, "WARNING"],
    ["a warning 10 days ago", ["rating"], daysAgo(10), "FLAG"],
    ["a warning 29 days ago", ["rating"], daysAgo(29), "FLAG"],
    ["a warning exactly 30 days ago: the period is over", ["rating"], daysAgo(30), "WARNING"],
    ["a warning 45 days ago", ["rating"], daysAgo(45), "WARNING"],
  ])("%s", (_name, crossings, lastWarningAt, expected) => {
    expect(alertLevelOf({ now, crossings: crossings as never, lastWarningAt, periodDays: 30 })).toBe(expected);
  });
});
