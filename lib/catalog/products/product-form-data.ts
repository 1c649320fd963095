import type { FormState } from "@/lib/forms/form-state";
import { formText } from "@/lib/forms/form-text";
import type { ProductFieldsInput } from "../product-schema";
import type { EditorStatusInput } from "./product-save-rules";

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

export function readProductForm(formData: FormData): { fields: ProductFieldsInput; status: EditorStatusInput } {
  const text = Object.fromEntries(TEXT_FIELDS.map((name) => [name, formText(formData, name)])) as Record<
    (typeof TEXT_FIELDS)[number],
    string
  >;
  const checked = Object.fromEntries(CHECKBOXES.map((name) => [name, formData.get(name) !== null])) as Record<
    (typeof CHECKBOXES)[number],
    boolean
  >;
  const status = formData.get("status");
  return { fields: { ...text, ...checked }, status: typeof status === "string" ? status : "DRAFT" };
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
