"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { AddressFormState } from "@/components/addresses/address-form";
import { deleteAddress } from "@/lib/addresses/delete-address";
import { saveAddress } from "@/lib/addresses/save-address";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";

const BOOK = "/account/addresses";
const FIELDS = ["name", "line1", "line2", "postalCode", "city", "phone"] as const;

const typed = (formData: FormData) =>
  Object.fromEntries(FIELDS.map((field) => [field, String(formData.get(field) ?? "")])) as Record<
    (typeof FIELDS)[number],
    string
  >;

/** Saves (adds, or edits with an id), then shows the book with a status; after an error, the form keeps what was typed. */
async function save(
  formData: FormData,
  addressId: string | undefined,
  status: "added" | "saved",
): Promise<AddressFormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  const values = typed(formData);
  const state = await runFormAction(t, addressId ? "updateAddress" : "addAddress", async () => {
    // No country field: the schema's default (France) applies.
    const input = { ...values, country: formData.get("country") };
    await saveAddress(actor, addressId ? { ...input, id: addressId } : input);
    revalidatePath(BOOK);
  });
  if (state.status === "success") redirect(`${BOOK}?status=${status}`);
  return { ...state, values };
}

export async function addAddressAction(_previous: AddressFormState, formData: FormData): Promise<AddressFormState> {
  return save(formData, undefined, "added");
}

/** The address comes from the page; saveAddress only edits the actor's own (another's is NOT_FOUND). */
export async function updateAddressAction(
  addressId: string,
  _previous: AddressFormState,
  formData: FormData,
): Promise<AddressFormState> {
  return save(formData, addressId, "saved");
}

export async function deleteAddressAction(addressId: string): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  const state = await runFormAction(t, "deleteAddress", async () => {
    await deleteAddress(actor, addressId);
    revalidatePath(BOOK);
  });
  if (state.status === "success") redirect(`${BOOK}?status=deleted`);
  return state;
}
