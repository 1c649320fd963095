import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { GET } from "@/app/r/route";
import { config, proxy } from "@/proxy";
import { ambassador, setProgramme, twoShops, type Shops } from "./ambassador-fixtures";

let shops: Shops;
let ambassadorId: string;

const request = (url: string, cookie?: string, method = "GET") =>
  new NextRequest(new URL(url, "http://localhost:3100"), { method, headers: cookie ? { cookie } : {} });

beforeAll(async () => {
  shops = await twoShops();
  ambassadorId = (await ambassador("LINK7QXA")).ambassador.id;
});

afterEach(async () => {
  await setProgramme({ ambassadorsEnabled: true, ambassadorCookieDays: 30 });
  await getDb().ambassadorClick.deleteMany();
});

describe("proxy.ts: a page opened with ?ref (docs/business-models.md, ambassadors)", () => {
  it("redirects only pages whose query has ref (the proxy runs for every page: docs/security.md)", () => {
    expect(config.matcher[0].source).not.toContain("api/");
    expect(proxy(request("/p/bol?x=1")).headers.get("location")).toBeNull();
    for (const path of ["/api/suggest?ref=LINK7QXA", "/files/a.webp?ref=LINK7QXA", "/_next/x.js?ref=LINK7QXA"]) {
      expect(proxy(request(path)).headers.get("location")).toBeNull();
    }
  });

  it("sends a valid code through /r with the page, without ref, to land on", () => {
    const response = proxy(request("/p/bol?utm_source=insta&ref=link7qxa"));
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/r");
    expect(location.searchParams.get("ref")).toBe("LINK7QXA");
    expect(location.searchParams.get("to")).toBe("/p/bol?utm_source=insta");
  });

  it("drops a ref that cannot be a code, and leaves /r and non-GET requests alone", () => {
    const dropped = proxy(request("/shops/fournil?ref=<script>&x=1"));
    expect(dropped.headers.get("location")).toBe("http://localhost:3100/shops/fournil?x=1");
    expect(proxy(request("/r?ref=LINK7QXA&to=/")).headers.get("location")).toBeNull();
    expect(proxy(request("/p/bol?ref=LINK7QXA", undefined, "POST")).headers.get("location")).toBeNull();
  });
});

describe("/r: counts the click, sets the referral cookie, lands on the page", () => {
  it("sets halle_ref for the operator's number of days and redirects to the clean page", async () => {
    await setProgramme({ ambassadorCookieDays: 30 });
    const response = await GET(request(`/r?ref=LINK7QXA&to=${encodeURIComponent(`/p/${shops.bowl.slug}?x=1`)}`));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(`http://localhost:3100/p/${shops.bowl.slug}?x=1`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const cookie = response.cookies.get("halle_ref")!;
    expect(cookie).toMatchObject({ value: "LINK7QXA", httpOnly: true, sameSite: "lax", path: "/", maxAge: 30 * 86400 });
    expect(await getDb().ambassadorClick.findMany({ select: { ambassadorId: true, productId: true } })).toEqual([
      { ambassadorId, productId: shops.bowl.id },
    ]);
  });

  it("counts a reload in the same browser session once, but a new code replaces the cookie (last click wins)", async () => {
    const first = await GET(request("/r?ref=LINK7QXA&to=/"));
    const counted = first.cookies.get("halle_ref_counted")!.value;
    await GET(request("/r?ref=LINK7QXA&to=/", `halle_ref=LINK7QXA; halle_ref_counted=${counted}`));
    expect(await getDb().ambassadorClick.count()).toBe(1);

    await ambassador("OTHER234");
    const other = await GET(request("/r?ref=OTHER234&to=/", `halle_ref=LINK7QXA; halle_ref_counted=${counted}`));
    expect(other.cookies.get("halle_ref")?.value).toBe("OTHER234");
    expect(await getDb().ambassadorClick.count()).toBe(2);
  });

  it("an unknown code or a closed programme: no cookie, no click, the visitor still lands", async () => {
    const unknown = await GET(request("/r?ref=NOBODY99&to=/shops"));
    expect(unknown.headers.get("location")).toBe("http://localhost:3100/shops");
    expect(unknown.cookies.get("halle_ref")).toBeUndefined();
    await setProgramme({ ambassadorsEnabled: false });
    const closed = await GET(request("/r?ref=LINK7QXA&to=/"));
    expect(closed.cookies.get("halle_ref")).toBeUndefined();
    expect(await getDb().ambassadorClick.count()).toBe(0);
  });

  it("never sends the visitor to another site", async () => {
    for (const to of ["//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"]) {
      const response = await GET(request(`/r?ref=LINK7QXA&to=${encodeURIComponent(to)}`));
      expect(response.headers.get("location")).toBe("http://localhost:3100/");
    }
  });
});
