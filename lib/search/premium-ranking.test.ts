import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { proximityScore, rankingDistanceMetres } from "./premium-ranking";

const km = (value: number) => value * 1000;

describe("rankingDistanceMetres", () => {
  it("leaves a standard shop's distance alone", () => {
    expect(rankingDistanceMetres(km(2), false)).toBe(km(2));
  });

  it("counts a premium shop's distance × 0.8 near by, and at most 1 km less far away", () => {
    expect(rankingDistanceMetres(km(2.5), true)).toBe(km(2));
    expect(rankingDistanceMetres(km(4), true)).toBe(km(3.2));
    expect(rankingDistanceMetres(km(5), true)).toBe(km(4));
    expect(rankingDistanceMetres(km(40), true)).toBe(km(39));
  });

  it("lets a premium shop 2.5 km away tie a standard one 2 km away, never one 40 km vs 2 km", () => {
    expect(rankingDistanceMetres(km(2.5), true)).toBeLessThanOrEqual(rankingDistanceMetres(km(2), false));
    expect(rankingDistanceMetres(km(40), true)).toBeGreaterThan(rankingDistanceMetres(km(2), false));
  });

  it("is bounded: never more than 1 km nor 20 % shorter, never longer, and keeps the order among premium shops", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2e7, noNaN: true }),
        fc.double({ min: 0, max: 2e7, noNaN: true }),
        (a, b) => {
          const ranked = rankingDistanceMetres(a, true);
          expect(ranked).toBeLessThanOrEqual(a);
          expect(a - ranked).toBeLessThanOrEqual(1000 + 1e-6);
          expect(ranked).toBeGreaterThanOrEqual(a * 0.8 - 1e-6);
          if (a < b) expect(ranked).toBeLessThanOrEqual(rankingDistanceMetres(b, true));
        },
      ),
    );
  });
});

describe("proximityScore", () => {
  it("halves at 10 km and counts a premium shop 1.25 times", () => {
    expect(proximityScore(1, 0, false)).toBe(1);
    expect(proximityScore(1, km(10), false)).toBe(0.5);
    expect(proximityScore(1, km(10), true)).toBe(0.625);
  });

  it("ranks the same match 2 km away above a premium one 40 km away (0.83 r against 0.25 r)", () => {
    expect(proximityScore(1, km(40), true)).toBeCloseTo(0.25);
    expect(proximityScore(1, km(2), false)).toBeCloseTo(0.8333, 3);
  });

  it("ranks a premium shop above an equal standard one at the same distance", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (r, d) => {
          expect(proximityScore(r, d, true)).toBeGreaterThan(proximityScore(r, d, false));
        },
      ),
    );
  });

  it("is bounded: a premium match only wins when it is less than 1.25 × the distance + 2.5 km away", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (dp, ds) => {
          const wins = proximityScore(1, dp, true) > proximityScore(1, ds, false);
          if (wins) expect(dp).toBeLessThan(1.25 * ds + 2500 + 1e-6);
        },
      ),
    );
  });
});
