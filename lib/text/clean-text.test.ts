import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cleanText,
  firstParam,
  isCleanText,
  isDecodablePath,
  MAX_PAGE,
  pageParam,
  pathHasControlCharacters,
} from "./clean-text";

describe("cleanText", () => {
  it("drops NUL bytes and control characters, keeps tabs, line breaks and every script", () => {
    expect(cleanText("mi\u0000el")).toBe("miel");
    expect(cleanText("\u0000")).toBe("");
    expect(cleanText("a\u0007b\u001bc\u007fd")).toBe("abcd");
    expect(cleanText("ligne 1\nligne\t2\r\n")).toBe("ligne 1\nligne\t2\r\n");
    expect(cleanText("نان سنگک — crème 🍞")).toBe("نان سنگک — crème 🍞");
  });

  it("replaces lone surrogates, cuts to the length and reads anything but a string as empty", () => {
    expect(cleanText("a\ud800b")).toBe("a\ufffdb");
    expect(cleanText("\udc00")).toBe("\ufffd");
    expect(cleanText("abcdef", 3)).toBe("abc");
    expect(cleanText(undefined)).toBe("");
    expect(cleanText(42)).toBe("");
    expect(cleanText(["x"])).toBe("");
  });

  it("never leaves a NUL byte or a lone surrogate, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        const clean = cleanText(text);
        expect(clean.includes("\u0000")).toBe(false);
        expect(clean.isWellFormed()).toBe(true);
        expect(isCleanText(clean)).toBe(true);
      }),
      { seed: 20261206, numRuns: 200 },
    );
  });
});

describe("isCleanText and firstParam", () => {
  it("tells a clean segment from one with a NUL byte", () => {
    expect(isCleanText("alimentation")).toBe(true);
    expect(isCleanText("alimentation\u0000")).toBe(false);
    expect(isCleanText(undefined)).toBe(false);
  });

  it("takes the first value of a repeated parameter, cleaned and cut", () => {
    expect(firstParam(["1", "2"])).toBe("1");
    expect(firstParam("q\u0000")).toBe("q");
    expect(firstParam(undefined)).toBe("");
    expect(firstParam("x".repeat(500))).toHaveLength(200);
  });
});

describe("pageParam", () => {
  it("reads whole numbers from 1 to MAX_PAGE, clamps larger ones, and reads nonsense as page 1", () => {
    expect(pageParam("3")).toBe(3);
    expect(pageParam(["2", "5"])).toBe(2);
    expect(pageParam("2147483648")).toBe(MAX_PAGE);
    expect(pageParam("99999999999999999999999")).toBe(MAX_PAGE);
    for (const nonsense of ["", "0", "-1", "1.5", "1e308", "NaN", "abc", "\u0000", undefined, null])
      expect(pageParam(nonsense)).toBe(1);
    expect(pageParam(Number.POSITIVE_INFINITY)).toBe(MAX_PAGE);
    expect(pageParam(Number.NaN)).toBe(1);
    expect(pageParam(7.9)).toBe(7);
  });

  it("is always a safe page for any text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.bigInt().map(String), fc.double().map(String)), (text) => {
        const page = pageParam(text);
        expect(Number.isInteger(page) && page >= 1 && page <= MAX_PAGE).toBe(true);
      }),
      { seed: 20261206, numRuns: 200 },
    );
  });
});

describe("isDecodablePath", () => {
  it("refuses a path whose percent-encoding is not UTF-8", () => {
    expect(isDecodablePath("/p/miel-de-lavande")).toBe(true);
    expect(isDecodablePath("/p/%C3%A9t%C3%A9")).toBe(true);
    for (const path of ["/p/%", "/p/%E2%82", "/p/%ED%A0%80", "/p/%FF%FE", "/api/auth/%ZZ"])
      expect(isDecodablePath(path)).toBe(false);
  });
});

describe("pathHasControlCharacters", () => {
  it("finds a NUL or another control character once the path is decoded", () => {
    for (const path of ["/admin/sellers/%00", "/c/%00", "/files/x%00.png", "/p/a%0Ab", "/p/%7F", "/p/%1B"])
      expect(pathHasControlCharacters(path)).toBe(true);
    for (const path of ["/p/miel-de-lavande", "/p/%C3%A9t%C3%A9", "/search", "/p/a%20b", "/p/%"])
      expect(pathHasControlCharacters(path)).toBe(false);
  });
});
