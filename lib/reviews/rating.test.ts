import { describe, expect, it } from "vitest";
import { averageTenths, formatRating, minRatingTenths, ratingAverage, starFills, starHalves } from "./rating";

// docs/trust.md, reviews: the average is sum / count of the published reviews, one decimal, half up.
describe("averageTenths", () => {
  it.each([
    // [sum, count, expected tenths]
    [5, 1, 50],
    [9, 2, 45], // 4.5
    [13, 3, 43], // 4.333… → 4.3
    [14, 3, 47], // 4.666… → 4.7
    [11, 4, 28], // 2.75 → 2.8 (half up)
    [17, 4, 43], // 4.25 → 4.3 (half up)
    [1, 1, 10],
    [41, 10, 41],
    [399, 100, 40], // 3.99 → 4.0
    [394, 100, 39], // 3.94 → 3.9
    [395, 100, 40], // 3.95 → 4.0 (half up)
  ])("sum %i over %i reviews → %i tenths", (sum, count, expected) => {
    expect(averageTenths(sum, count)).toBe(expected);
  });

  it.each([
    [0, 0],
    [4, 0],
    [4, -1],
    [-1, 2],
    [4.5, 1],
  ])("no average for sum %d over %d", (sum, count) => {
    expect(averageTenths(sum, count)).toBeNull();
  });
});

describe("ratingAverage and formatRating", () => {
  it.each([
    [9, 2, 4.5, "4,5", "4.5"],
    [8, 2, 4, "4,0", "4.0"],
    [13, 3, 4.3, "4,3", "4.3"],
    [5, 1, 5, "5,0", "5.0"],
  ])("sum %i over %i → %d, fr %s, en %s", (sum, count, average, fr, en) => {
    expect(ratingAverage(sum, count)).toBe(average);
    expect(formatRating(average, "fr")).toBe(fr);
    expect(formatRating(average, "en")).toBe(en);
  });

  it("has no average without a review", () => {
    expect(ratingAverage(0, 0)).toBeNull();
  });
});

describe("starFills", () => {
  const F = "full";
  const H = "half";
  const E = "empty";
  it.each([
    [50, [F, F, F, F, F]],
    [48, [F, F, F, F, F]], // 4.8 → 5
    [47, [F, F, F, F, H]], // 4.7 → 4½
    [45, [F, F, F, F, H]],
    [43, [F, F, F, F, H]], // 4.3 → 4½
    [42, [F, F, F, F, E]], // 4.2 → 4
    [40, [F, F, F, F, E]],
    [27, [F, F, H, E, E]],
    [10, [F, E, E, E, E]],
    [0, [E, E, E, E, E]],
    [70, [F, F, F, F, F]], // out of range: clamped
  ])("%i tenths → %j", (tenths, expected) => {
    expect(starFills(tenths)).toEqual(expected);
    // the same as a number of half stars filled
    expect(starHalves(tenths)).toBe(expected.reduce((sum, fill) => sum + (fill === F ? 2 : fill === H ? 1 : 0), 0));
  });
});

describe("minRatingTenths", () => {
  it.each([
    ["3", 30],
    ["4", 40],
    ["4.5", 45],
    ["", null],
    ["5", null],
    ["2", null],
    ["4,5", null],
    ["abc", null],
  ])("%j → %j", (value, expected) => {
    expect(minRatingTenths(value)).toBe(expected);
  });
});
