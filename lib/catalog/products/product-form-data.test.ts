import { describe, expect, it } from "vitest";
import { readProductForm, withMissingList } from "./product-form-data";

describe("readProductForm", () => {
  it("reads text fields, checkboxes by presence and the status", () => {
    const data = new FormData();
    data.set("title", "Pain");
    data.set("price", "12,50");
    data.set("stockTracked", "on");
    data.set("status", "ACTIVE");
    const { fields, status } = readProductForm(data);
    expect(fields).toMatchObject({
      title: "Pain",
      price: "12,50",
      description: "",
      stockTracked: true,
      estimatedPrice: false,
      hideWhenOutOfStock: false,
    });
    expect(status).toBe("ACTIVE");
  });
});

describe("withMissingList", () => {
  it("joins the missing items after the form message and drops their entries", () => {
    const state = withMissingList({
      status: "error",
      fieldErrors: { form: "Ajoutez :", "missing.price": "un prix", "missing.photo": "une photo", title: "x" },
    });
    expect(state.fieldErrors).toEqual({ form: "Ajoutez : un prix, une photo.", title: "x" });
  });

  it("leaves other states alone", () => {
    const state = { status: "error" as const, fieldErrors: { title: "x" } };
    expect(withMissingList(state)).toBe(state);
  });
});
