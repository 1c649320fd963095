"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { formText } from "@/lib/forms/form-text";
import { retryPayoutNow } from "@/lib/payouts/admin-payouts";

/**
 * "Retry now" on a failed Stripe transfer. Back to the list it came from with `retried=1`, or
 * `retried=0` when the payout no longer waits for a retry; anything unexpected is logged and rethrown.
 */
export async function retryPayoutAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  let done: boolean;
  try {
    await retryPayoutNow(actor, formText(formData, "payoutId"));
    done = true;
  } catch (error) {
    if (!isAppError(error, "CONFLICT") && !isAppError(error, "NOT_FOUND")) {
      if (!isAppError(error)) console.error("retryPayoutNow failed", error);
      throw error;
    }
    done = false;
  }
  revalidatePath("/admin/money", "layout");
  const back = new URLSearchParams(formText(formData, "back"));
  back.set("retried", done ? "1" : "0");
  redirect(`/admin/money/payouts?${back.toString()}`);
}
