import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isCheckable, readRoutePatterns, routeOf } from "../e2e/a11y";

// The journeys' accessibility checks run once per route and language (tests/e2e/fixtures.ts):
// the route of an address must be the app's page it renders, whatever its slug or id.
const routes = readRoutePatterns(path.join(import.meta.dirname, "../../app"));

describe("routeOf", () => {
  it("names dynamic pages by their pattern, so each is checked once", () => {
    expect(routeOf("/p/miel-de-fleurs", routes)).toBe("/p/[slug]");
    expect(routeOf("/p/pain-de-campagne", routes)).toBe("/p/[slug]");
    expect(routeOf("/dashboard/orders/cmabc123", routes)).toBe("/dashboard/orders/[shopOrderId]");
    expect(routeOf("/", routes)).toBe("/");
  });

  it("prefers a static page over a dynamic one at the same depth", () => {
    expect(routeOf("/dashboard/products/new", routes)).toBe("/dashboard/products/new");
    expect(routeOf("/dashboard/products/import", routes)).toBe("/dashboard/products/import");
    expect(routeOf("/dashboard/products/cm42", routes)).toBe("/dashboard/products/[productId]");
    expect(routeOf("/dashboard/products/", routes)).toBe("/dashboard/products");
  });

  it("drops route groups and treats an unknown address as the 404 page", () => {
    expect(routeOf("/sign-in", routes)).toBe("/sign-in");
    expect(routeOf("/nothing/here", routes)).toBe("404");
  });
});

describe("isCheckable", () => {
  const base = "http://localhost:3100";
  it("checks the app's pages, not its API, files, redirects or other sites", () => {
    expect(isCheckable("http://localhost:3100/search?q=pain", base)).toBe(true);
    expect(isCheckable("http://localhost:3100/api/health", base)).toBe(false);
    expect(isCheckable("http://localhost:3100/files/a.png", base)).toBe(false);
    expect(isCheckable("http://localhost:3100/r?code=X", base)).toBe(false);
    expect(isCheckable("https://tile.openstreetmap.org/1/1/1.png", base)).toBe(false);
    expect(isCheckable("about:blank", base)).toBe(false);
  });
});

describe("the journeys", () => {
  it("all take test and expect from tests/e2e/fixtures.ts, so every page they visit is checked", () => {
    const dir = path.join(import.meta.dirname, "../e2e");
    const specs = fs.readdirSync(dir).filter((name) => name.endsWith(".spec.ts"));
    expect(specs.length).toBeGreaterThan(40);
    const unchecked = specs.filter((name) => {
      const source = fs.readFileSync(path.join(dir, name), "utf8");
      return !/import \{[^}]*\btest\b[^}]*\} from "\.\/fixtures";/.test(source);
    });
    expect(unchecked).toEqual([]);
  });
});
