import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { deviceLocation, roundCoordinate } from "./device-location";

describe("roundCoordinate", () => {
  it("keeps at most three decimals, within about 100 m of the true position", () => {
    fc.assert(
      fc.property(fc.double({ min: -180, max: 180, noNaN: true }), (value) => {
        const rounded = roundCoordinate(value);
        expect(Math.abs(rounded - value)).toBeLessThanOrEqual(0.0005 + 1e-9);
        expect(Number.isInteger(Math.round(rounded * 1000 * 1e6) / 1e6)).toBe(true);
      }),
    );
  });

  it("never gives -0", () => {
    expect(Object.is(roundCoordinate(-0.0001), 0)).toBe(true);
  });
});

describe("deviceLocation", () => {
  it("rounds the browser's position and marks it as the device's", () => {
    expect(deviceLocation({ latitude: 45.936_789, longitude: -0.961_234 }, "Ma position")).toEqual({
      label: "Ma position",
      latitude: 45.937,
      longitude: -0.961,
      postcode: null,
      source: "device",
    });
  });

  it.each([
    { latitude: 91, longitude: 0 },
    { latitude: 0, longitude: -181 },
    { latitude: Number.NaN, longitude: 0 },
    { latitude: Number.POSITIVE_INFINITY, longitude: 0 },
    { latitude: "45", longitude: "-1" },
    { latitude: 45 },
    {},
  ])("refuses %j with a field error", (input) => {
    try {
      deviceLocation(input, "Ma position");
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error, "VALIDATION")).toBe(true);
      if (isAppError(error))
        expect(Object.values(error.fieldErrors)).toContain("discovery.location.errors.coordinatesInvalid");
    }
  });
});
