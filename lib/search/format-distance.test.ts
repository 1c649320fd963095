import { describe, expect, it } from "vitest";
import { formatDistance as format } from "./format-distance";

// Intl separates the unit with a no-break space.
const formatDistance = (km: number, locale: string) => format(km, locale).replace(/\s/g, " ");

describe("formatDistance", () => {
  it("writes kilometres with the locale's decimal mark", () => {
    expect(formatDistance(1.234, "fr")).toBe("1,2 km");
    expect(formatDistance(1.234, "en")).toBe("1.2 km");
  });

  it("drops decimals from ten kilometres on", () => {
    expect(formatDistance(64.7, "fr")).toBe("65 km");
  });

  it("writes short distances in metres", () => {
    expect(formatDistance(0.178, "fr")).toBe("180 m");
    expect(formatDistance(0, "en")).toBe("10 m");
  });
});
