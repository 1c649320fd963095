"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { formText } from "@/lib/forms/form-text";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { createSepaBatch } from "@/lib/payouts/create-sepa-batch";
import { markSepaBatchPaid } from "@/lib/payouts/mark-sepa-batch-paid";
import { recordRejectedTransfer } from "@/lib/payouts/record-rejected-transfer";

// The operator's SEPA decisions (docs/payouts.md, SEPA): each one domain call, which checks the role.

export async function generateSepaBatchAction(): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "createSepaBatch", async () => {
    const batch = await createSepaBatch(actor);
    revalidatePath("/admin/money", "layout");
    redirect(`/admin/money/sepa/${batch.id}?done=generated`);
  });
}

export async function markSepaBatchPaidAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  const batchId = formText(formData, "batchId");
  return runFormAction(t, "markSepaBatchPaid", async () => {
    await markSepaBatchPaid(actor, { batchId });
    revalidatePath("/admin/money", "layout");
    redirect(`/admin/money/sepa/${batchId}?done=paid`);
  });
}

export async function recordRejectedTransferAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(
    t,
    "recordRejectedTransfer",
    async () => {
      const { batchId } = await recordRejectedTransfer(actor, {
        payoutId: formText(formData, "payoutId"),
        reason: formText(formData, "reason"),
      });
      revalidatePath("/admin/money", "layout");
      redirect(`/admin/money/sepa/${batchId}?done=rejected`);
    },
    { fields: ["reason"] },
  );
}
