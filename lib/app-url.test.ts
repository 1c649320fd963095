import { afterEach, describe, expect, it } from "vitest";
import { appUrl } from "./app-url";

describe("appUrl", () => {
  afterEach(() => {
    delete process.env.APP_URL;
  });

  it("joins a path to the configured base", () => {
    process.env.APP_URL = "https://halle.example/";
    expect(appUrl("/shops/le-fournil")).toBe("https://halle.example/shops/le-fournil");
  });

  it("falls back to NEXTAUTH_URL or localhost", () => {
    const saved = process.env.NEXTAUTH_URL;
    delete process.env.NEXTAUTH_URL;
    expect(appUrl("/admin")).toBe("http://localhost:3000/admin");
    process.env.NEXTAUTH_URL = saved;
  });
});
