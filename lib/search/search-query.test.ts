import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clampPage,
  MAX_PAGE_SIZE,
  MAX_QUERY_LENGTH,
  normalizePage,
  normalizePageSize,
  normalizeQuery,
  normalizeRadiusKm,
  normalizeSearchText,
  prefixTsQuery,
} from "./search-query";

describe("normalizeQuery", () => {
  it("trims, collapses whitespace and caps the length", () => {
    expect(normalizeQuery("  miel \n de   fleurs ")).toBe("miel de fleurs");
    expect(normalizeQuery(undefined)).toBe("");
    expect(normalizeQuery("a".repeat(500)).length).toBe(MAX_QUERY_LENGTH);
  });

  it("never keeps leading or trailing spaces", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const normalized = normalizeQuery(text);
        expect(normalized).toBe(normalized.trim());
        expect(normalized.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      }),
    );
  });
});

describe("normalizeSearchText", () => {
  it("normalises Persian letter forms, diacritics, ZWNJ and digits as the documents are", () => {
    expect(normalizeSearchText("  كتاب   چاي ")).toBe("کتاب چای");
    expect(normalizeSearchText("کِتاب\u200cها")).toBe("کتابها");
    expect(normalizeSearchText("چای ۵۰۰")).toBe("چای 500");
    expect(normalizeSearchText("crème fraîche")).toBe("crème fraîche");
    expect(normalizeSearchText(undefined)).toBe("");
  });
});

describe("prefixTsQuery", () => {
  it("turns every word of two characters or more into a prefix", () => {
    expect(prefixTsQuery("Mie")).toBe("mie:*");
    expect(prefixTsQuery("crème fraî")).toBe("crème:* & fraî:*");
    expect(prefixTsQuery("pain d'épices")).toBe("pain:* & épices:*");
  });

  it("keeps a Persian word whole across diacritics and ZWNJ", () => {
    expect(prefixTsQuery("کِتاب")).toBe("کتاب:*");
    expect(prefixTsQuery("كتاب\u200cها ۱۲")).toBe("کتابها:* & 12:*");
  });

  it("is null when nothing searchable is left", () => {
    expect(prefixTsQuery("")).toBeNull();
    expect(prefixTsQuery("a & | ! :*")).toBeNull();
  });

  it("only ever contains letters, digits and the prefix syntax", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const query = prefixTsQuery(text);
        if (query !== null) expect(query).toMatch(/^[\p{L}\p{N}]{2,}:\*( & [\p{L}\p{N}]{2,}:\*)*$/u);
      }),
    );
  });
});

describe("pages and radius", () => {
  it("reads page numbers and sizes leniently", () => {
    expect(normalizePage(undefined)).toBe(1);
    expect(normalizePage(0)).toBe(1);
    expect(normalizePage(Number.NaN)).toBe(1);
    expect(normalizePage(3.7)).toBe(3);
    expect(normalizePageSize(undefined)).toBe(24);
    expect(normalizePageSize(1000)).toBe(MAX_PAGE_SIZE);
    expect(normalizePageSize(-1)).toBe(24);
  });

  it("shows the last page for a page past the end", () => {
    expect(clampPage(9, 50, 24)).toEqual({ page: 3, pageCount: 3 });
    expect(clampPage(2, 0, 24)).toEqual({ page: 1, pageCount: 1 });
    expect(clampPage(1, 48, 24)).toEqual({ page: 1, pageCount: 2 });
  });

  it("accepts a positive radius, capped", () => {
    expect(normalizeRadiusKm(25)).toBe(25);
    expect(normalizeRadiusKm(0)).toBeNull();
    expect(normalizeRadiusKm(null)).toBeNull();
    expect(normalizeRadiusKm(1e9)).toBe(1000);
  });
});
