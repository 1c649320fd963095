import { describe, expect, it } from "vitest";
import { parseLocationCookie, serializeLocationCookie } from "./viewer-location";

describe("location cookie", () => {
  it("round-trips a chosen place", () => {
    const place = {
      label: "Rochefort (17300)",
      latitude: 45.94,
      longitude: -0.96,
      postcode: "17300",
      source: "place" as const,
    };
    expect(parseLocationCookie(serializeLocationCookie(place))).toEqual(place);
  });

  it.each([
    undefined,
    "",
    "{",
    "null",
    '{"label":"x","latitude":200,"longitude":0,"source":"place"}',
    '{"label":"","latitude":1,"longitude":1,"source":"device"}',
  ])("treats %j as no location", (value) => {
    expect(parseLocationCookie(value)).toBeNull();
  });
});
