// The address book's server actions, called as the form posts them: the actor and the language
// come from the request (mocked here), everything else is real (domain functions, PostgreSQL).
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/catalogues";
import { IDLE } from "@/lib/forms/form-state";
import { saveAddress } from "@/lib/addresses/save-address";
import { MAX_SAVED_ADDRESSES } from "@/lib/addresses/add-saved-address";
import { createUser, lyonAddress } from "./place-order-fixtures";

const request = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => request.actor }));
vi.mock("@/lib/i18n/server", () => ({ getT: async () => ({ locale: "fr", t: getTranslator("fr") }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { addAddressAction, deleteAddressAction, updateAddressAction } = await import("@/app/(storefront)/account/addresses/actions");
const t = getTranslator("fr");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const typed = (overrides: Record<string, string> = {}) => ({ name: "Camille Martin", line1: "12 rue Mercière", line2: "", postalCode: "69002", city: "Lyon", phone: "", ...overrides });
const addressesOf = (userId: string) => getDb().address.findMany({ where: { userId }, orderBy: { id: "asc" } });

/** Where the action redirected (Next's redirect() throws); fails if it answered instead. */
async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const outcome = await promise.then(
    (state) => ({ state }),
    (error: unknown) => ({ error }),
  );
  if ("state" in outcome) throw new Error(`expected a redirect, got ${JSON.stringify(outcome.state)}`);
  const digest = String((outcome.error as { digest?: unknown }).digest ?? "");
  if (!digest.startsWith("NEXT_REDIRECT")) throw outcome.error;
  return digest.split(";")[2];
}

beforeEach(() => {
  request.actor = null;
});

describe("addAddressAction", () => {
  it("adds the address and shows the book with its status", async () => {
    request.actor = await createUser("SHOPPER");
    expect(await redirectOf(addAddressAction(IDLE, form(typed({ phone: "06 12 34 56 78" }))))).toBe("/account/addresses?status=added");
    expect(await addressesOf(request.actor.id)).toMatchObject([{ name: "Camille Martin", line1: "12 rue Mercière", postalCode: "69002", city: "Lyon", phone: "06 12 34 56 78" }]);
  });

  it("bad input: the errors beside their fields, what was typed kept, nothing added", async () => {
    request.actor = await createUser("SHOPPER");
    const fields = typed({ postalCode: "6900", line1: "  " });
    const state = await addAddressAction(IDLE, form(fields));
    expect(state).toEqual({
      status: "error",
      fieldErrors: { postalCode: t("checkout.errors.postcodeInvalid"), line1: t("forms.errors.required") },
      message: t("forms.errors.summary"),
      values: fields,
    });
    expect(await addressesOf(request.actor.id)).toEqual([]);
  });

  it("an unknown postcode is named beside the postcode", async () => {
    request.actor = await createUser("SHOPPER");
    const state = await addAddressAction(IDLE, form(typed({ postalCode: "00000" })));
    expect(state.fieldErrors).toEqual({ postalCode: t("checkout.errors.postcodeUnknown") });
    expect(await addressesOf(request.actor.id)).toEqual([]);
  });

  it("a full book: the limit's message at the top of the form, nothing added", async () => {
    request.actor = await createUser("SHOPPER");
    for (let index = 0; index < MAX_SAVED_ADDRESSES; index++) await saveAddress(request.actor, lyonAddress({ line1: `${index + 1} rue Mercière` }));
    const state = await addAddressAction(IDLE, form(typed()));
    expect(state.fieldErrors).toEqual({ form: t("checkout.errors.tooManyAddresses") });
    expect(await getDb().address.count({ where: { userId: request.actor.id } })).toBe(MAX_SAVED_ADDRESSES);
  });

  it("signed out: refused, nothing added", async () => {
    const count = await getDb().address.count();
    const state = await addAddressAction(IDLE, form(typed()));
    expect(state).toMatchObject({ status: "error", fieldErrors: { form: t("forms.errors.signedOut") } });
    expect(await getDb().address.count()).toBe(count);
  });
});

describe("updateAddressAction", () => {
  it("the owner edits their address", async () => {
    const owner = await createUser("SHOPPER");
    const saved = await saveAddress(owner, lyonAddress());
    request.actor = owner;
    expect(await redirectOf(updateAddressAction(saved.id, IDLE, form(typed({ line1: "5 place Bellecour" }))))).toBe("/account/addresses?status=saved");
    expect(await addressesOf(owner.id)).toMatchObject([{ id: saved.id, line1: "5 place Bellecour" }]);
  });

  it("bad input: the error beside the field, what was typed kept, the address unchanged", async () => {
    const owner = await createUser("SHOPPER");
    const saved = await saveAddress(owner, lyonAddress());
    const before = await addressesOf(owner.id);
    request.actor = owner;
    const fields = typed({ line1: "5 place Bellecour", postalCode: "6900" });
    const state = await updateAddressAction(saved.id, IDLE, form(fields));
    expect(state).toMatchObject({ status: "error", fieldErrors: { postalCode: t("checkout.errors.postcodeInvalid") }, values: fields });
    expect(await addressesOf(owner.id)).toEqual(before);
  });

  it("another user's address, or signed out: refused, the address unchanged", async () => {
    const owner = await createUser("SHOPPER");
    const saved = await saveAddress(owner, lyonAddress());
    const before = await addressesOf(owner.id);
    request.actor = await createUser("SHOPPER");
    expect((await updateAddressAction(saved.id, IDLE, form(typed({ line1: "Hacked" })))).fieldErrors).toEqual({ form: t("forms.errors.notFound") });
    request.actor = null;
    expect((await updateAddressAction(saved.id, IDLE, form(typed({ line1: "Hacked" })))).fieldErrors).toEqual({ form: t("forms.errors.signedOut") });
    expect(await addressesOf(owner.id)).toEqual(before);
  });
});

describe("deleteAddressAction", () => {
  it("the owner deletes their address and sees the book's status", async () => {
    const owner = await createUser("SHOPPER");
    const saved = await saveAddress(owner, lyonAddress());
    request.actor = owner;
    expect(await redirectOf(deleteAddressAction(saved.id))).toBe("/account/addresses?status=deleted");
    expect(await addressesOf(owner.id)).toEqual([]);
  });

  it("bad input (an unknown id): refused, nothing deleted", async () => {
    const owner = await createUser("SHOPPER");
    await saveAddress(owner, lyonAddress());
    const before = await addressesOf(owner.id);
    request.actor = owner;
    expect((await deleteAddressAction("c-unknown")).fieldErrors).toEqual({ form: t("forms.errors.notFound") });
    expect(await addressesOf(owner.id)).toEqual(before);
  });

  it("another user's address, or signed out: refused, the address kept", async () => {
    const owner = await createUser("SHOPPER");
    const saved = await saveAddress(owner, lyonAddress());
    const before = await addressesOf(owner.id);
    request.actor = await createUser("SHOPPER");
    expect((await deleteAddressAction(saved.id)).fieldErrors).toEqual({ form: t("forms.errors.notFound") });
    request.actor = null;
    expect((await deleteAddressAction(saved.id)).fieldErrors).toEqual({ form: t("forms.errors.signedOut") });
    expect(await addressesOf(owner.id)).toEqual(before);
  });
});
