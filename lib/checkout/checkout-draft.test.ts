import { describe, expect, it } from "vitest";
import { checkoutDraftFromForm, EMPTY_DRAFT, readCheckoutDraft, serializeCheckoutDraft } from "./checkout-draft";

describe("checkout draft", () => {
  it("round-trips what the shopper typed through the cookie", () => {
    const form = new FormData();
    form.set("contact.email", "camille@example.test");
    form.set("contact.name", "Camille");
    form.set("addressId", "new");
    form.set("address.line1", "12 rue Mercière");
    form.set("address.postalCode", "69002");
    form.set("address.city", "Lyon");
    form.set("saveAddress", "on");
    const draft = checkoutDraftFromForm(form);
    expect(draft).toMatchObject({
      email: "camille@example.test",
      name: "Camille",
      phone: "",
      addressId: "new",
      saveAddress: true,
      address: { line1: "12 rue Mercière", line2: "", postalCode: "69002" },
    });
    expect(readCheckoutDraft(serializeCheckoutDraft(draft))).toEqual(draft);
  });

  it("a missing, unreadable or tampered cookie is an empty draft or loses only the bad fields", () => {
    expect(readCheckoutDraft(undefined)).toEqual(EMPTY_DRAFT);
    expect(readCheckoutDraft("{not json")).toEqual(EMPTY_DRAFT);
    expect(readCheckoutDraft(JSON.stringify({ email: 42, name: "x".repeat(500), address: "nope" }))).toEqual(
      EMPTY_DRAFT,
    );
  });
});
