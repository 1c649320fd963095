import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isCvc,
  isFutureExpiry,
  passesLuhn,
  TEST_CARD_DECLINED,
  TEST_CARD_SUCCESS,
  testCardOutcome,
} from "./test-cards";

describe("testCardOutcome", () => {
  it("succeeds with 4242…, declines 4000…0002, with or without spaces", () => {
    expect(testCardOutcome(TEST_CARD_SUCCESS)).toBe("success");
    expect(testCardOutcome("4242424242424242")).toBe("success");
    expect(testCardOutcome("4242-4242-4242-4242")).toBe("success");
    expect(testCardOutcome(TEST_CARD_DECLINED)).toBe("declined");
    expect(testCardOutcome("4000000000000002")).toBe("declined");
  });

  it("refuses numbers failing the checksum, and real-looking numbers that are not test cards", () => {
    expect(testCardOutcome("4242 4242 4242 4241")).toBe("invalid");
    expect(testCardOutcome("")).toBe("invalid");
    expect(testCardOutcome("abcd")).toBe("invalid");
    expect(testCardOutcome("5555 5555 5555 4444")).toBe("unknown");
  });

  it("never accepts a number one digit away from the success card", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const digits = "4242424242424242".split("");
        digits[position] = String((Number(digits[position]) + delta) % 10);
        expect(testCardOutcome(digits.join(""))).toBe("invalid");
      }),
    );
  });
});

describe("passesLuhn", () => {
  it("knows common valid and invalid numbers", () => {
    expect(passesLuhn("79927398713")).toBe(false); // too short for a card
    expect(passesLuhn("378282246310005")).toBe(true);
    expect(passesLuhn("378282246310006")).toBe(false);
  });
});

describe("isFutureExpiry and isCvc", () => {
  const now = new Date("2026-05-15T12:00:00Z");
  it("accepts this month and later, refuses past months and nonsense", () => {
    expect(isFutureExpiry("05/26", now)).toBe(true);
    expect(isFutureExpiry("12 / 2030", now)).toBe(true);
    expect(isFutureExpiry("04/26", now)).toBe(false);
    expect(isFutureExpiry("13/30", now)).toBe(false);
    expect(isFutureExpiry("1230", now)).toBe(false);
  });
  it("wants 3 or 4 digits", () => {
    expect(isCvc("123")).toBe(true);
    expect(isCvc("1234")).toBe(true);
    expect(isCvc("12")).toBe(false);
    expect(isCvc("12a")).toBe(false);
  });
});
