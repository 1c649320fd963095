import { describe, expect, it } from "vitest";
import { distanceKm, normalizePlaceName } from "./distance";
import { locatePostcode, searchPlaces } from "./gazetteer";

describe("gazetteer", () => {
  it("finds a town by name whatever the case and accents", () => {
    const [first] = searchPlaces("rochefort");
    expect(first).toMatchObject({ name: "Rochefort", department: "17" });
    expect(first.postcodes).toContain("17300");
    expect(searchPlaces("LA ROCHELLE")[0]).toMatchObject({ name: "La Rochelle" });
    expect(searchPlaces("saintes")[0]).toMatchObject({ name: "Saintes", department: "17" });
    expect(searchPlaces("Saint-Etienne")[0].name).toBe("Saint-Étienne");
  });

  it("finds a town by postcode, and by the start of one", () => {
    expect(searchPlaces("17300")[0].name).toBe("Rochefort");
    expect(searchPlaces("173").every((place) => place.postcodes.some((code) => code.startsWith("173")))).toBe(true);
  });

  it("places real coordinates", () => {
    const rochefort = locatePostcode("17300", "Rochefort")!;
    expect(rochefort.lat).toBeCloseTo(45.94, 1);
    expect(rochefort.lng).toBeCloseTo(-0.96, 1);
    expect(locatePostcode("00000")).toBeNull();
  });

  it("answers nothing for too little or nonsense", () => {
    expect(searchPlaces("r")).toEqual([]);
    expect(searchPlaces("zzzzqqq")).toEqual([]);
  });
});

describe("distance", () => {
  it("measures Rochefort to La Rochelle at about 30 km", () => {
    const km = distanceKm({ lat: 45.9421, lng: -0.9588 }, { lat: 46.1603, lng: -1.1511 });
    expect(km).toBeGreaterThan(27);
    expect(km).toBeLessThan(32);
    expect(distanceKm({ lat: 45, lng: 1 }, { lat: 45, lng: 1 })).toBe(0);
  });

  it("normalises place names", () => {
    expect(normalizePlaceName("  Saint-Jean-d’Angély ")).toBe("saint jean d angely");
  });
});
