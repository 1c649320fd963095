import { describe, expect, it } from "vitest";
import { isValidIban, maskIban, normalizeIban } from "./iban";

describe("IBAN", () => {
  it.each([
    "FR76 3000 6000 0112 3456 7890 189",
    "fr7630006000011234567890189",
    "DE89 3704 0044 0532 0130 00",
    "GB82 WEST 1234 5698 7654 32",
    "BE68 5390 0754 7034",
    "IR06 2960 0000 0010 0324 2000 01",
  ])("accepts %s", (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it.each([
    ["a wrong check digit", "FR77 3000 6000 0112 3456 7890 189"],
    ["one digit changed", "FR76 3000 6000 0112 3456 7890 188"],
    ["a wrong length for France", "FR76 3000 6000 0112 3456 7890 18"],
    ["letters where digits go", "FRXX 3000 6000 0112 3456 7890 189"],
    ["nothing", ""],
    ["a script", "<script>alert(1)</script>"],
  ])("refuses %s", (_why, iban) => {
    expect(isValidIban(iban)).toBe(false);
  });

  it("normalises and masks", () => {
    expect(normalizeIban(" fr76-3000 6000 ")).toBe("FR7630006000");
    expect(maskIban("FR7630006000011234567890189")).toBe("FR76 •••• •••• •••• •••• •••0 189");
  });
});
