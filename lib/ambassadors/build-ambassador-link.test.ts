import { describe, expect, it } from "vitest";
import { buildAmbassadorLink, landingTarget } from "./build-ambassador-link";

const ORIGIN = "https://halle.example/";
const link = (pasted: string) => buildAmbassadorLink("K7QX3MPA", pasted, ORIGIN);

describe("buildAmbassadorLink", () => {
  it("adds ref to a product page, a shop page, the directory and the home", () => {
    expect(link("https://halle.example/p/bol-en-gres")).toEqual({
      ok: true,
      url: "https://halle.example/p/bol-en-gres?ref=K7QX3MPA",
      target: { kind: "product", slug: "bol-en-gres" },
    });
    expect(link("https://halle.example/shops/fournil")).toMatchObject({
      url: "https://halle.example/shops/fournil?ref=K7QX3MPA",
      target: { kind: "shop", slug: "fournil" },
    });
    expect(link("https://halle.example/shops")).toMatchObject({ target: { kind: "directory" } });
    expect(link("https://halle.example/")).toMatchObject({
      url: "https://halle.example/?ref=K7QX3MPA",
      target: { kind: "home" },
    });
    expect(link("https://halle.example")).toMatchObject({ url: "https://halle.example/?ref=K7QX3MPA" });
  });

  it("keeps the other query parameters, replaces an earlier ref and drops the fragment", () => {
    expect(link("https://halle.example/p/bol?utm_source=insta&variant=2#avis")).toMatchObject({
      url: "https://halle.example/p/bol?utm_source=insta&variant=2&ref=K7QX3MPA",
    });
    expect(link("https://halle.example/p/bol?ref=OLDCODE1&x=1")).toMatchObject({
      url: "https://halle.example/p/bol?x=1&ref=K7QX3MPA",
    });
  });

  it("accepts a path, an address without its scheme, http, www. and surrounding spaces", () => {
    const expected = { url: "https://halle.example/p/bol?ref=K7QX3MPA" };
    expect(link("/p/bol")).toMatchObject(expected);
    expect(link("halle.example/p/bol")).toMatchObject(expected);
    expect(link("http://halle.example/p/bol")).toMatchObject(expected);
    expect(link("https://www.halle.example/p/bol")).toMatchObject(expected);
    expect(link("  https://halle.example/p/bol \n")).toMatchObject(expected);
    expect(link("https://HALLE.example/p/bol/")).toMatchObject(expected);
  });

  it("refuses nothing pasted, what is not an address, another site and other pages", () => {
    expect(link("   ")).toEqual({ ok: false, reason: "empty" });
    expect(link("http://")).toEqual({ ok: false, reason: "invalid" });
    expect(link("javascript:alert(1)")).toEqual({ ok: false, reason: "invalid" });
    expect(link("ftp://halle.example/p/bol")).toEqual({ ok: false, reason: "invalid" });
    expect(link("https://evil.example/p/bol")).toEqual({ ok: false, reason: "foreign" });
    expect(link("https://halle.example.evil.example/p/bol")).toEqual({ ok: false, reason: "foreign" });
    expect(link("//evil.example/p/bol")).toEqual({ ok: false, reason: "foreign" });
    expect(link("https://halle.example/cart")).toEqual({ ok: false, reason: "unsupported" });
    expect(link("https://halle.example/account/orders")).toEqual({ ok: false, reason: "unsupported" });
    expect(link("https://halle.example/p/bol/edit")).toEqual({ ok: false, reason: "unsupported" });
    expect(link("https://halle.example/p/%E0%A4%A")).toEqual({ ok: false, reason: "unsupported" });
  });

  it("links on the marketplace's own origin and port", () => {
    expect(buildAmbassadorLink("ABCD", "http://localhost:3100/p/bol", "http://localhost:3100")).toMatchObject({
      url: "http://localhost:3100/p/bol?ref=ABCD",
    });
    expect(buildAmbassadorLink("ABCD", "http://localhost:3000/p/bol", "http://localhost:3100")).toEqual({
      ok: false,
      reason: "foreign",
    });
  });
});

describe("landingTarget", () => {
  it("names the product or shop of a path", () => {
    expect(landingTarget("/p/pain")).toEqual({ kind: "product", slug: "pain" });
    expect(landingTarget("/shops/fournil-lyon")).toEqual({ kind: "shop", slug: "fournil-lyon" });
    expect(landingTarget("/")).toEqual({ kind: "home" });
    expect(landingTarget("/c/pain")).toBeNull();
    expect(landingTarget("/p/a b")).toBeNull();
  });
});
