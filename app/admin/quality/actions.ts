"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { formText } from "@/lib/forms/form-text";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { dismissQualityFlag } from "@/lib/quality/dismiss-quality-flag";
import { recomputeShopQuality } from "@/lib/quality/recompute-shop-quality";
import { suspendFlaggedShop } from "@/lib/quality/suspend-flagged-shop";

/** After a decision: the lists and the public pages change; the page says what was done. */
function done(query: string): never {
  revalidatePath("/admin", "layout");
  revalidatePath("/", "layout");
  redirect(`/admin/quality?${query}`);
}

export async function suspendFlaggedShopAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "suspendFlaggedShop", async () => {
    await suspendFlaggedShop(actor, { alertId: formText(formData, "alertId"), reason: formText(formData, "reason") });
    done("done=suspended");
  });
}

export async function dismissQualityFlagAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "dismissQualityFlag", async () => {
    await dismissQualityFlag(actor, { alertId: formText(formData, "alertId"), note: formText(formData, "note") });
    done("done=dismissed");
  });
}

export async function recomputeShopQualityAction(): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "recomputeShopQuality", async () => {
    const report = await recomputeShopQuality(actor);
    if (!report.ran) done("done=busy");
    done(`done=recomputed&shops=${report.shops}&warnings=${report.warnings}&flags=${report.flags}`);
  });
}
