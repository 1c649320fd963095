import { describe, expect, it } from "vitest";
import { readReviewForm, reviewFormField } from "./read-review-form";

// The review form's post (components/reviews/review-form.tsx) → the input of writeReview.

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("readReviewForm", () => {
  it.each([
    [
      "the shop's stars and comment, no product rated",
      [
        ["rating", "4"],
        ["comment", "Très bien"],
        ["lineRating:l1", ""],
        ["lineComment:l1", ""],
      ],
      { shopOrderId: "p1", rating: 4, comment: "Très bien", products: [] },
    ],
    [
      "a product rated, another left out",
      [
        ["rating", "5"],
        ["comment", ""],
        ["lineRating:l1", "3"],
        ["lineComment:l1", "Un peu cuit"],
        ["lineRating:l2", ""],
        ["lineComment:l2", "  "],
      ],
      {
        shopOrderId: "p1",
        rating: 5,
        comment: "",
        products: [{ orderLineId: "l1", rating: 3, comment: "Un peu cuit" }],
      },
    ],
    [
      "a product comment without stars (refused later, beside the line)",
      [
        ["rating", "2"],
        ["lineComment:l2", "Bon"],
      ],
      {
        shopOrderId: "p1",
        rating: 2,
        comment: "",
        products: [{ orderLineId: "l2", rating: Number.NaN, comment: "Bon" }],
      },
    ],
    ["no stars at all", [["comment", "x"]], { shopOrderId: "p1", rating: Number.NaN, comment: "x", products: [] }],
    [
      "stars that are not a number",
      [["rating", "4 étoiles"]],
      { shopOrderId: "p1", rating: Number.NaN, comment: "", products: [] },
    ],
  ] as const)("%s", (_, entries, expected) => {
    expect(readReviewForm(form(entries.map(([name, value]) => [name, value])), "p1").input).toEqual(expected);
  });

  it("keeps what was typed, by line", () => {
    const { values, lineIds } = readReviewForm(
      form([
        ["rating", "4"],
        ["comment", "Bien"],
        ["lineRating:l1", "5"],
        ["lineComment:l1", "Top"],
        ["lineRating:l2", ""],
      ]),
      "p1",
    );
    expect(values).toEqual({
      rating: "4",
      comment: "Bien",
      lines: { l1: { rating: "5", comment: "Top" }, l2: { rating: "", comment: "" } },
    });
    expect(lineIds).toEqual(["l1"]);
  });
});

describe("reviewFormField", () => {
  it.each([
    ["products.0.rating", "lineRating:l1"],
    ["products.1.comment", "lineComment:l2"],
    ["products.1.orderLineId", "lineRating:l2"],
    ["products.5.rating", "products.5.rating"],
    ["rating", "rating"],
    ["products", "products"],
  ])("%s → %s", (field, expected) => {
    expect(reviewFormField(field, ["l1", "l2"])).toBe(expected);
  });
});
