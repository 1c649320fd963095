// The rules of a support request's fields (docs/trust.md, vendor support), as tables.
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms/parse-input";
import {
  openSupportRequestSchema,
  supportMessageSchema,
  supportNumberOf,
  supportQueueQuerySchema,
  supportSeriesKeyOf,
} from "./schemas";

const valid = { shopId: "cmshop0000000000000000001", subject: "Virement non reçu", body: "Bonjour" };

describe("openSupportRequestSchema", () => {
  it.each([
    ["a subject of 3 characters after trimming", { subject: "  abc  " }, { subject: "abc" }],
    ["a subject of 150 characters", { subject: "s".repeat(150) }, { subject: "s".repeat(150) }],
    ["a message of 4,000 characters", { body: "m".repeat(4000) }, { body: "m".repeat(4000) }],
    ["a message trimmed", { body: "\n  Bonjour  \n" }, { body: "Bonjour" }],
    [
      "no order (empty fields)",
      { shopOrderId: "", orderNumber: "  " },
      { shopOrderId: undefined, orderNumber: undefined },
    ],
    ["an order chosen", { shopOrderId: "cmpart0000000000000000001" }, { shopOrderId: "cmpart0000000000000000001" }],
    ["an order number, trimmed", { orderNumber: " h-2026-7kq4zp " }, { orderNumber: "h-2026-7kq4zp" }],
  ])("accepts %s", (_name, change, expected) => {
    const parsed = openSupportRequestSchema.parse({ ...valid, ...change });
    expect(parsed).toMatchObject(expected);
  });

  it.each([
    ["a subject of 2 characters after trimming", { subject: "  ab " }, { subject: "support.errors.subjectTooShort" }],
    ["a subject of 151 characters", { subject: "s".repeat(151) }, { subject: "support.errors.subjectTooLong" }],
    ["a missing subject", { subject: undefined }, { subject: "support.errors.subjectTooShort" }],
    ["an empty message", { body: "   " }, { body: "support.errors.bodyRequired" }],
    ["a message of 4,001 characters", { body: "m".repeat(4001) }, { body: "support.errors.bodyTooLong" }],
    ["no shop", { shopId: "" }, { shopId: "support.errors.shopRequired" }],
    ["an order id that cannot be one", { shopOrderId: "x; drop" }, { shopOrderId: "support.errors.orderNotFound" }],
    [
      "an order number of 41 characters",
      { orderNumber: "H".repeat(41) },
      { orderNumber: "support.errors.orderNotFound" },
    ],
  ])("refuses %s", (_name, change, errors) => {
    const result = openSupportRequestSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual(errors);
  });
});

describe("supportMessageSchema", () => {
  it.each([
    ["x", true],
    ["  ", false],
    ["m".repeat(4000), true],
    ["m".repeat(4001), false],
  ])("%j → %s", (body, ok) => {
    expect(supportMessageSchema.safeParse({ body }).success).toBe(ok);
  });
});

describe("supportNumberOf", () => {
  it.each([
    [2026, 1, "S-2026-000001"],
    [2026, 42, "S-2026-000042"],
    [2027, 999999, "S-2027-999999"],
    [2027, 1000000, "S-2027-1000000"],
  ])("%i, %i → %s", (year, sequence, number) => {
    expect(supportNumberOf(year, sequence)).toBe(number);
  });

  it.each([0, -1, 1.5])("refuses the sequence %d", (sequence) => {
    expect(() => supportNumberOf(2026, sequence)).toThrow(RangeError);
  });

  it("keeps one series a year", () => {
    expect(supportSeriesKeyOf(2026)).toBe("SUPPORT-2026");
  });
});

describe("supportQueueQuerySchema", () => {
  it.each([
    [{}, { status: undefined, shop: undefined, page: 1 }],
    [
      { status: "OPEN", shop: "cmshop1", page: "3" },
      { status: "OPEN", shop: "cmshop1", page: 3 },
    ],
    [
      { status: "open", shop: "a b", page: "-2" },
      { status: undefined, shop: undefined, page: 1 },
    ],
    [
      { status: "CLOSED", page: "x" },
      { status: "CLOSED", shop: undefined, page: 1 },
    ],
  ])("%j → %j", (raw, expected) => {
    expect(supportQueueQuerySchema.parse(raw)).toEqual(expected);
  });
});
