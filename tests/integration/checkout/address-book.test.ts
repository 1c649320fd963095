import { describe, expect, it } from "vitest";
import { MAX_SAVED_ADDRESSES } from "@/lib/addresses/add-saved-address";
import { getMyAddress } from "@/lib/addresses/get-my-address";
import { saveAddress } from "@/lib/addresses/save-address";
import { getDb } from "@/lib/db";
import { createUser, lyonAddress, refusal } from "./place-order-fixtures";

const addressesOf = (userId: string) => getDb().address.findMany({ where: { userId }, orderBy: { id: "asc" } });

/** A full book, written directly (as an older checkout could have left it). */
async function fillBook(userId: string) {
  await getDb().address.createMany({
    data: Array.from({ length: MAX_SAVED_ADDRESSES }, (_, index) => ({
      userId,
      name: "Camille",
      line1: `${index + 1} rue Mercière`,
      postalCode: "69002",
      city: "Lyon",
    })),
  });
}

describe("getMyAddress (the edit and delete pages)", () => {
  it("the owner reads their address, whatever their role", async () => {
    for (const role of ["SHOPPER", "VENDOR", "OPERATOR"] as const) {
      const owner = await createUser(role);
      const saved = await saveAddress(owner, lyonAddress({ phone: "0612345678" }));
      expect(await getMyAddress(owner, saved.id)).toEqual(saved);
    }
  });

  it.each([
    ["another shopper", "SHOPPER"],
    ["a vendor", "VENDOR"],
    ["an operator", "OPERATOR"],
  ] as const)("%s gets NOT_FOUND for someone else's address, which stays as it was", async (_who, role) => {
    const owner = await createUser("SHOPPER");
    const saved = await saveAddress(owner, lyonAddress());
    const before = await addressesOf(owner.id);
    const other = await createUser(role);
    expect((await refusal(getMyAddress(other, saved.id))).code).toBe("NOT_FOUND");
    expect(await addressesOf(owner.id)).toEqual(before);
  });

  it("signed out: UNAUTHENTICATED", async () => {
    const owner = await createUser("SHOPPER");
    const saved = await saveAddress(owner, lyonAddress());
    expect((await refusal(getMyAddress(null, saved.id))).code).toBe("UNAUTHENTICATED");
  });

  it.each([
    ["an unknown id", "c-unknown"],
    ["an empty id", ""],
    ["an overlong id", "x".repeat(65)],
    ["not a string", 42],
    ["nothing", undefined],
  ])("%s: NOT_FOUND", async (_what, id) => {
    const owner = await createUser("SHOPPER");
    expect((await refusal(getMyAddress(owner, id))).code).toBe("NOT_FOUND");
  });
});

describe("the address book's limit", () => {
  it(`one address past the ${MAX_SAVED_ADDRESSES} is refused (CONFLICT, with the book's message) and nothing is written`, async () => {
    const shopper = await createUser("SHOPPER");
    await fillBook(shopper.id);
    const before = await addressesOf(shopper.id);
    expect(await refusal(saveAddress(shopper, lyonAddress()))).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { form: "checkout.errors.tooManyAddresses" },
    });
    expect(await addressesOf(shopper.id)).toEqual(before);
  });

  it("a full book's addresses can still be edited", async () => {
    const shopper = await createUser("SHOPPER");
    await fillBook(shopper.id);
    const [first] = await addressesOf(shopper.id);
    const edited = await saveAddress(shopper, { ...lyonAddress({ line1: "5 place Bellecour" }), id: first.id });
    expect(edited).toMatchObject({ id: first.id, line1: "5 place Bellecour" });
    expect(await getDb().address.count({ where: { userId: shopper.id } })).toBe(MAX_SAVED_ADDRESSES);
  });
});
