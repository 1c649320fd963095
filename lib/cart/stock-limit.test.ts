import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_LINE_QUANTITY } from "./schemas";
import { lineQuantityLimit } from "./stock-limit";

describe("lineQuantityLimit", () => {
  it("is the stock when tracked, never negative, never over 99; 99 when not tracked", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: -1000, max: 100000 }), (stockTracked, stock) => {
        const limit = lineQuantityLimit({ stockTracked, stock });
        expect(limit).toBeGreaterThanOrEqual(0);
        expect(limit).toBeLessThanOrEqual(MAX_LINE_QUANTITY);
        if (!stockTracked) expect(limit).toBe(MAX_LINE_QUANTITY);
        else expect(limit).toBe(Math.max(0, Math.min(stock, MAX_LINE_QUANTITY)));
      }),
    );
  });
});
