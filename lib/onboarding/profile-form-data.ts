import { SOCIAL_NETWORKS, type ProfileInput } from "./profile-schema";
import type { ShopImageUploads } from "./shop-images";

const TEXT_FIELDS = ["name", "trade", "description", "website", "phone", "email", ...SOCIAL_NETWORKS] as const;

async function fileBytes(value: FormDataEntryValue | null): Promise<Uint8Array | null> {
  if (!value || typeof value === "string" || value.size === 0) return null;
  return new Uint8Array(await value.arrayBuffer());
}

/** The profile step's form: its text fields (for the schema) and the pictures chosen, if any. */
export async function readProfileForm(formData: FormData): Promise<{ input: ProfileInput; uploads: ShopImageUploads }> {
  const input: Record<(typeof TEXT_FIELDS)[number], string> = Object.fromEntries(
    TEXT_FIELDS.map((field) => {
      const value = formData.get(field);
      return [field, typeof value === "string" ? value : ""];
    }),
  ) as Record<(typeof TEXT_FIELDS)[number], string>;
  return {
    input,
    uploads: { logo: await fileBytes(formData.get("logo")), banner: await fileBytes(formData.get("banner")) },
  };
}
