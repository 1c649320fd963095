import { describe, expect, it } from "vitest";
import { formatDistance as format } from "./format-distance";

// Intl separates the unit with a no-break space.
const formatDistance = (km: number, locale: string) => format(km, locale).replace(/\s/g, " ");

describe("formatDistance", () => {
  it("writes kilometres with the locale's decimal mark, one decimal near", () => {
    expect(formatDistance(1.234, "fr")).toBe("1,2 km");
    expect(formatDistance(1.234, "en")).toBe("1.2 km");
  });

  it("drops decimals from ten kilometres on", () => {
    expect(formatDistance(64.7, "fr")).toBe("65 km");
    expect(formatDistance(23.4, "fr")).toBe("23 km");
    expect(formatDistance(14.6, "en")).toBe("15 km");
  });

  it("writes short distances in metres, rounded to ten", () => {
    expect(formatDistance(0.178, "fr")).toBe("180 m");
    expect(formatDistance(0.4321, "fr")).toBe("430 m");
    expect(formatDistance(0.853, "en")).toBe("850 m");
    expect(formatDistance(0.001, "en")).toBe("10 m");
    expect(formatDistance(0, "en")).toBe("10 m");
  });
});
