import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/places/route";

async function places(query: string) {
  const response = GET(new Request(`http://localhost/api/places?q=${encodeURIComponent(query)}`));
  expect(response.status).toBe(200);
  return (await response.json()) as { postcode: string; city: string; lat: number; lng: number }[];
}

describe("GET /api/places", () => {
  it("answers a postcode with its town and position", async () => {
    const results = await places("17300");
    expect(results[0]).toMatchObject({ postcode: "17300", city: "Rochefort" });
    expect(results[0].lat).toBeCloseTo(45.94, 1);
  });

  it("answers the start of a town name, at most 8 places, with the postcode typed when it was one", async () => {
    const byName = await places("saint");
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.length).toBeLessThanOrEqual(8);
    const byPrefix = await places("173");
    expect(byPrefix.every((place) => place.postcode.startsWith("173"))).toBe(true);
  });

  it("answers nothing for too short a query and ignores what is past 60 characters", async () => {
    expect(await places("")).toEqual([]);
    expect(await places("r")).toEqual([]);
    expect(await places(`Rochefort${" ".repeat(51)}zzzzzzzz`)).toEqual(await places("Rochefort"));
  });
});
