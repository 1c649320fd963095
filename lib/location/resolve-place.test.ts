import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { resolvePlace } from "./resolve-place";

function fieldErrorOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isAppError(error, "VALIDATION")) return error.fieldErrors.query;
    throw error;
  }
  return undefined;
}

describe("resolvePlace", () => {
  it("finds Rochefort from its postcode, with the gazetteer's coordinates", () => {
    const resolved = resolvePlace({ query: "17300" });
    expect(resolved.kind).toBe("location");
    if (resolved.kind !== "location") return;
    expect(resolved.location).toMatchObject({ label: "Rochefort (17300)", postcode: "17300", source: "place" });
    expect(resolved.location.latitude).toBeCloseTo(45.94, 1);
    expect(resolved.location.longitude).toBeCloseTo(-0.96, 1);
  });

  it.each(["la rochelle", "LA ROCHELLE", "La-Rochelle", "la rochélle"])(
    "finds La Rochelle from %j (case, accents, hyphens)",
    (query) => {
      const resolved = resolvePlace({ query });
      expect(resolved.kind).toBe("location");
      if (resolved.kind === "location") expect(resolved.location.label).toMatch(/^La Rochelle \(17\d{3}\)$/);
    },
  );

  it("reads a postcode typed in Persian digits", () => {
    expect(resolvePlace({ query: "۱۷۳۰۰" })).toMatchObject({
      kind: "location",
      location: { label: "Rochefort (17300)", postcode: "17300" },
    });
  });

  it("re-checks a picked suggestion and ignores anything but postcode and town", () => {
    const resolved = resolvePlace({ query: "whatever", choice: "17100|Saintes" });
    expect(resolved).toMatchObject({ kind: "location", location: { label: "Saintes (17100)", postcode: "17100" } });
  });

  it("refuses a suggestion that the gazetteer does not hold", () => {
    expect(fieldErrorOf(() => resolvePlace({ query: "x", choice: "17300|Saintes" }))).toBe(
      "discovery.location.errors.placeNotFound",
    );
    expect(fieldErrorOf(() => resolvePlace({ query: "x", choice: "99999|Nulle-Part" }))).toBe(
      "discovery.location.errors.placeNotFound",
    );
  });

  it("offers choices when several towns match", () => {
    const resolved = resolvePlace({ query: "saint" });
    expect(resolved.kind).toBe("choices");
    if (resolved.kind === "choices") expect(resolved.choices.length).toBeGreaterThan(1);
  });

  it.each([
    ["", "discovery.location.errors.placeRequired"],
    [" a ", "discovery.location.errors.placeRequired"],
    [undefined, "discovery.location.errors.placeRequired"],
    ["zzzqqq", "discovery.location.errors.placeNotFound"],
    ["00000", "discovery.location.errors.placeNotFound"],
  ])("refuses %j", (query, key) => {
    expect(fieldErrorOf(() => resolvePlace({ query }))).toBe(key);
  });
});
