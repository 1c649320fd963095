import { describe, expect, it } from "vitest";
import { numberField } from "./form-values";

describe("numberField", () => {
  it("reads Latin, French and Persian numbers", () => {
    expect(numberField("12,5")).toBe(12.5);
    expect(numberField("۱۲٫۵")).toBe(12.5);
    expect(numberField("٤٥")).toBe(45);
    expect(numberField(" ")).toBeUndefined();
  });

  it("leaves anything else for the schema to refuse", () => {
    expect(numberField("۱۲abc")).toBe("۱۲abc");
  });
});
