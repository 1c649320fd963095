import { describe, expect, it } from "vitest";
import { formatDistance } from "./format-distance";

describe("formatDistance", () => {
  it("shows metres under a kilometre, rounded to ten", () => {
    expect(formatDistance(0.853, "en")).toBe("850 m");
    expect(formatDistance(0.001, "en")).toBe("10 m");
  });
  it("shows one decimal under ten kilometres, none above", () => {
    expect(formatDistance(1.234, "en")).toBe("1.2 km");
    expect(formatDistance(1.234, "fr")).toMatch(/^1,2\s?km$/);
    expect(formatDistance(14.6, "en")).toBe("15 km");
  });
});
