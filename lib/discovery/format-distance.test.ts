import { describe, expect, it } from "vitest";
import { boundingBox } from "./bounding-box";
import { distanceKm } from "@/lib/geo/distance";
import { formatDistance } from "./format-distance";

const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatDistance", () => {
  it("writes kilometres with one decimal near, none far, in the viewer's locale", () => {
    expect(nbsp(formatDistance(1.234, "fr"))).toBe("1,2 km");
    expect(nbsp(formatDistance(1.234, "en"))).toBe("1.2 km");
    expect(nbsp(formatDistance(23.4, "fr"))).toBe("23 km");
  });

  it("writes metres under a kilometre", () => {
    expect(nbsp(formatDistance(0.4321, "fr"))).toBe("430 m");
    expect(nbsp(formatDistance(0, "fr"))).toBe("10 m");
  });
});

describe("boundingBox", () => {
  it("holds every point of the circle", () => {
    const center = { latitude: 45.94, longitude: -0.96 };
    const box = boundingBox(center, 50);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      // A point about 49.9 km away in that direction.
      const rad = (bearing * Math.PI) / 180;
      const lat = center.latitude + (49.9 / 111.2) * Math.cos(rad);
      const lng = center.longitude + (49.9 / (111.2 * Math.cos((center.latitude * Math.PI) / 180))) * Math.sin(rad);
      if (distanceKm({ lat: center.latitude, lng: center.longitude }, { lat, lng }) > 50) continue;
      expect(lat).toBeGreaterThanOrEqual(box.minLatitude);
      expect(lat).toBeLessThanOrEqual(box.maxLatitude);
      expect(lng).toBeGreaterThanOrEqual(box.minLongitude);
      expect(lng).toBeLessThanOrEqual(box.maxLongitude);
    }
  });
});
