"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { setCategoryProhibited } from "@/lib/catalog/set-category-prohibited";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";

export async function setCategoryProhibitedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "setCategoryProhibited", async () => {
    const prohibited = formData.get("prohibited") === "true";
    const { unlisted } = await setCategoryProhibited(actor, {
      categoryId: String(formData.get("categoryId") ?? ""),
      prohibited,
    });
    revalidatePath("/", "layout");
    redirect(`/admin/categories?done=${prohibited ? "prohibited" : "allowed"}&unlisted=${unlisted}`);
  });
}
