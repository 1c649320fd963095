import type { FormState } from "@/lib/forms/form-state";

// The editor's form as the domain functions take it: text fields by name, checkboxes present or
// not, photos as bytes. Shared by the create and update actions.
const TEXT_FIELDS = [
  "title",
  "shortDescription",
  "description",
  "kind",
  "categoryId",
  "price",
  "compareAtPrice",
  "priceUnit",
  "stock",
  "sku",
  "weightGrams",
  "shippingClassId",
] as const;
const CHECKBOXES = ["estimatedPrice", "stockTracked", "hideWhenOutOfStock"] as const;

export function readProductForm(formData: FormData): { fields: Record<string, string | boolean>; status: string } {
  const fields: Record<string, string | boolean> = {};
  for (const name of TEXT_FIELDS) {
    const value = formData.get(name);
    fields[name] = typeof value === "string" ? value : "";
  }
  for (const name of CHECKBOXES) fields[name] = formData.get(name) !== null;
  const status = formData.get("status");
  return { fields, status: typeof status === "string" ? status : "DRAFT" };
}

/** The non-empty files sent under `name`, as bytes. */
export async function readPhotoFiles(formData: FormData, name = "photos"): Promise<Uint8Array[]> {
  const files = formData.getAll(name).filter((value): value is File => typeof value !== "string" && value.size > 0);
  return Promise.all(files.map(async (file) => new Uint8Array(await file.arrayBuffer())));
}

/**
 * A publish refusal comes back as a form message ("To put this product online, add:") and one
 * translated entry per missing item ("missing.price" → "a price"): joined into one sentence.
 */
export function withMissingList(state: FormState): FormState {
  const missing = Object.entries(state.fieldErrors).filter(([field]) => field.startsWith("missing."));
  if (missing.length === 0) return state;
  const fieldErrors = Object.fromEntries(
    Object.entries(state.fieldErrors).filter(([field]) => !field.startsWith("missing.")),
  );
  fieldErrors.form = `${fieldErrors.form ?? ""} ${missing.map(([, text]) => text).join(", ")}.`.trim();
  return { ...state, fieldErrors };
}
