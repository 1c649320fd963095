import { describe, expect, it } from "vitest";
import { boundingBox } from "./bounding-box";
import { distanceKm } from "@/lib/geo/distance";

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
