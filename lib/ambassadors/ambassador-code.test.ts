import { describe, expect, it } from "vitest";
import {
  CODE_ALPHABET,
  codeFromBytes,
  maskOrderNumber,
  normaliseAmbassadorCode,
  safeLandingPath,
} from "./ambassador-code";

describe("codeFromBytes", () => {
  it("makes 8 characters of the unambiguous alphabet", () => {
    const code = codeFromBytes(Uint8Array.from([0, 1, 30, 31, 255, 128, 64, 7]));
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    expect(code[0]).toBe(CODE_ALPHABET[0]);
    expect(code[3]).toBe(CODE_ALPHABET[0]);
    for (const ambiguous of ["0", "O", "1", "I", "L"]) expect(CODE_ALPHABET).not.toContain(ambiguous);
    expect(() => codeFromBytes(new Uint8Array(4))).toThrow(RangeError);
  });
});

describe("normaliseAmbassadorCode", () => {
  it("upper-cases 4 to 16 letters or digits and refuses anything else", () => {
    expect(normaliseAmbassadorCode("k7qx3mpa")).toBe("K7QX3MPA");
    expect(normaliseAmbassadorCode(" ABCD ")).toBe("ABCD");
    expect(normaliseAmbassadorCode("ABC")).toBeNull();
    expect(normaliseAmbassadorCode("A".repeat(17))).toBeNull();
    expect(normaliseAmbassadorCode("AB-CD")).toBeNull();
    expect(normaliseAmbassadorCode("ÉCOLE")).toBeNull();
    expect(normaliseAmbassadorCode(null)).toBeNull();
  });
});

describe("safeLandingPath", () => {
  it("keeps a path of the site without ref, and sends anything else home", () => {
    expect(safeLandingPath("/p/bol?x=1&ref=ABCD")).toBe("/p/bol?x=1");
    expect(safeLandingPath("/")).toBe("/");
    expect(safeLandingPath("//evil.example/p")).toBe("/");
    expect(safeLandingPath("/\\evil.example")).toBe("/");
    expect(safeLandingPath("https://evil.example/")).toBe("/");
    expect(safeLandingPath(null)).toBe("/");
  });
});

describe("maskOrderNumber", () => {
  it("hides all but the last two characters of the order's code", () => {
    expect(maskOrderNumber("H-2026-K7QX3M")).toBe("H-2026-••••3M");
    expect(maskOrderNumber("ABCDEF")).toBe("••••EF");
    expect(maskOrderNumber("H-2026-AB")).toBe("H-2026-••");
  });
});
