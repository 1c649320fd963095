import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { deleteAddress } from "@/lib/addresses/delete-address";
import { listMyAddresses } from "@/lib/addresses/list-my-addresses";
import { saveAddress } from "@/lib/addresses/save-address";
import { createUser, lyonAddress, refusal } from "./place-order-fixtures";

const addressesOf = (userId: string) => getDb().address.findMany({ where: { userId }, orderBy: { id: "asc" } });

describe("saved addresses", () => {
  it("a shopper saves, lists, edits and deletes their own addresses, placed by the gazetteer", async () => {
    const shopper = await createUser("SHOPPER");
    const saved = await saveAddress(shopper, lyonAddress({ line2: "3e étage", phone: "0612345678" }));
    expect(saved).toMatchObject({
      name: "Camille Martin",
      line1: "12 rue Mercière",
      line2: "3e étage",
      postalCode: "69002",
      city: "Lyon",
      country: "FR",
    });
    expect(saved.latitude).toBeCloseTo(45.76, 1);
    expect(saved.longitude).toBeCloseTo(4.83, 1);
    expect((await listMyAddresses(shopper)).map((a) => a.id)).toEqual([saved.id]);

    const edited = await saveAddress(shopper, { ...lyonAddress({ line1: "5 place Bellecour" }), id: saved.id });
    expect(edited).toMatchObject({ id: saved.id, line1: "5 place Bellecour" });
    await deleteAddress(shopper, saved.id);
    expect(await listMyAddresses(shopper)).toEqual([]);
  });

  it("another user's address cannot be edited or deleted (NOT_FOUND, nothing changed)", async () => {
    const owner = await createUser("SHOPPER");
    const other = await createUser("SHOPPER");
    const saved = await saveAddress(owner, lyonAddress());
    const before = await addressesOf(owner.id);
    expect((await refusal(saveAddress(other, { ...lyonAddress({ line1: "Hacked" }), id: saved.id }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await refusal(deleteAddress(other, saved.id))).code).toBe("NOT_FOUND");
    expect(await addressesOf(owner.id)).toEqual(before);
    expect(await addressesOf(other.id)).toEqual([]);
    expect(await listMyAddresses(other)).toEqual([]);
  });

  it("signed out: refused, and lists nothing", async () => {
    const count = await getDb().address.count();
    expect((await refusal(saveAddress(null, lyonAddress()))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(deleteAddress(null, "anything"))).code).toBe("UNAUTHENTICATED");
    expect(await listMyAddresses(null)).toEqual([]);
    expect(await getDb().address.count()).toBe(count);
  });

  it("bad input: an unknown or malformed postcode, a missing street, a country not served", async () => {
    const shopper = await createUser("SHOPPER");
    expect(await refusal(saveAddress(shopper, lyonAddress({ postalCode: "00000" })))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { postalCode: "checkout.errors.postcodeUnknown" },
    });
    expect(await refusal(saveAddress(shopper, lyonAddress({ postalCode: "6900" })))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { postalCode: "checkout.errors.postcodeInvalid" },
    });
    expect(await refusal(saveAddress(shopper, lyonAddress({ line1: "  " })))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { line1: "forms.errors.required" },
    });
    expect(await refusal(saveAddress(shopper, lyonAddress({ country: "BE" })))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { country: "checkout.errors.countryUnsupported" },
    });
    expect(await addressesOf(shopper.id)).toEqual([]);
  });
});
