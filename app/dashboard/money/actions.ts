"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { requestPayout } from "@/lib/payouts/request-payout";

const PATH = "/dashboard/money";

/** "Request a payout" (on-request schedule): the shop comes from the page; the domain checks it is the actor's. */
export async function requestPayoutAction(shopId: string): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  return runFormAction(
    t,
    "requestPayout",
    async () => {
      await requestPayout(actor, shopId);
      revalidatePath(PATH);
      redirect(`${PATH}?status=requested`);
    },
    {
      // a refusal names its reason with a catalogue key (payoutRun.errors.*, payouts.blocker.*)
      overrides: {
        CONFLICT: (error, translate) => {
          const message = translate(error.message as MessageKey);
          return message === error.message ? undefined : { fieldErrors: { form: message } };
        },
      },
    },
  );
}
