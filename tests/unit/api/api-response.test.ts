import { describe, expect, it } from "vitest";
import { entityTag, errorAnswer, jsonAnswer, matchesEntityTag, preflightAnswer } from "@/lib/api/api-response";

// docs/api.md, caching and CORS.
const request = (headers: Record<string, string> = {}) => new Request("http://localhost/api/v1/x", { headers });

describe("jsonAnswer", () => {
  it("answers JSON, public and cacheable, with a weak ETag and CORS open to any origin", async () => {
    const response = jsonAnswer(request(), { a: 1 }, "resource", "fr");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("etag")).toMatch(/^W\/"[\w-]{27}"$/);
    expect(response.headers.get("vary")).toBe("Accept-Language");
    expect(response.headers.get("content-language")).toBe("fr");
    expect(await response.json()).toEqual({ a: 1 });
    expect(jsonAnswer(request(), {}, "search").headers.get("cache-control")).toMatch(/max-age=30/);
  });

  it("answers 304 without a body when If-None-Match names the same answer", async () => {
    const tag = entityTag(JSON.stringify({ a: 1 }));
    const response = jsonAnswer(request({ "if-none-match": `"other", ${tag}` }), { a: 1 }, "resource");
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect(response.headers.get("etag")).toBe(tag);
    expect(jsonAnswer(request({ "if-none-match": tag }), { a: 2 }, "resource").status).toBe(200);
  });

  it("compares tags weakly", () => {
    expect(matchesEntityTag('"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEntityTag("*", 'W/"abc"')).toBe(true);
    expect(matchesEntityTag('"abd"', 'W/"abc"')).toBe(false);
    expect(matchesEntityTag(null, 'W/"abc"')).toBe(false);
  });
});

describe("errorAnswer and preflightAnswer", () => {
  it("errors are JSON { error: { code, message, fields? } }, never cached, readable cross-origin", async () => {
    const response = errorAnswer("RATE_LIMITED", "slow down", { retryAfterSeconds: 12 });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("12");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")).toContain("Retry-After");
    expect(await response.json()).toEqual({ error: { code: "RATE_LIMITED", message: "slow down" } });
    const bad = errorAnswer("BAD_REQUEST", "bad", { fields: { page: "a number" } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: "BAD_REQUEST", message: "bad", fields: { page: "a number" } } });
    expect(errorAnswer("NOT_FOUND", "none").status).toBe(404);
  });

  it("a preflight allows GET with Accept-Language and If-None-Match from any origin", () => {
    const response = preflightAnswer();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toBe("Accept-Language, If-None-Match");
  });
});
