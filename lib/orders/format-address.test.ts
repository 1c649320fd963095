import { describe, expect, it } from "vitest";
import { pickupAddressLine, shippingAddressLines, shippingAddressPhone } from "./format-address";

describe("shippingAddressLines", () => {
  it("lists the snapshot's fields in postal order", () => {
    const snapshot = {
      name: "Léa Martin",
      line1: "3 rue Mercière",
      line2: "2e étage",
      postalCode: "69002",
      city: "Lyon",
      country: "FR",
      phone: "0600000000",
    };
    expect(shippingAddressLines(snapshot)).toEqual(["Léa Martin", "3 rue Mercière", "2e étage", "69002 Lyon", "FR"]);
    expect(shippingAddressPhone(snapshot)).toBe("0600000000");
  });

  it("skips empty fields and ignores anything that is not an address", () => {
    expect(shippingAddressLines({ name: " ", line1: "1 place Bellecour", line2: null, city: "Lyon" })).toEqual([
      "1 place Bellecour",
      "Lyon",
    ]);
    expect(shippingAddressLines(null)).toEqual([]);
    expect(shippingAddressLines(["a"])).toEqual([]);
    expect(shippingAddressLines("3 rue")).toEqual([]);
    expect(shippingAddressPhone(undefined)).toBeNull();
  });
});

describe("pickupAddressLine", () => {
  it("joins the street and the town", () => {
    expect(pickupAddressLine({ addressLine: "12 rue des Halles", postalCode: "69001", city: "Lyon" })).toBe(
      "12 rue des Halles, 69001 Lyon",
    );
    expect(pickupAddressLine({ addressLine: null, postalCode: null, city: "Lyon" })).toBe("Lyon");
    expect(pickupAddressLine({ addressLine: null, postalCode: null, city: null })).toBeNull();
  });
});
