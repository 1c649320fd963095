"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { joinProgramme } from "@/lib/ambassadors/join-programme";
import { saveAmbassadorPayoutDetails } from "@/lib/ambassadors/save-payout-details";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";

/** "Become an ambassador" (docs/business-models.md, ambassadors): joins, then shows the code and links. */
export async function joinProgrammeAction(): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  const state = await runFormAction(t, "joinProgramme", async () => {
    await joinProgramme(actor);
    revalidatePath("/ambassador");
  });
  if (state.status === "success") redirect("/ambassador?status=joined");
  return state;
}

/** The ambassador's bank details (docs/payouts.md, ambassadors): saved on the actor's own Ambassador row. */
export async function savePayoutDetailsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return runFormAction(
    t,
    "savePayoutDetails",
    async () => {
      const { changed } = await saveAmbassadorPayoutDetails(actor, {
        holderName: text("holderName"),
        iban: text("iban"),
      });
      revalidatePath("/ambassador");
      return changed ? t("ambassadors.bank.saved") : t("ambassadors.bank.unchanged");
    },
    { fields: ["holderName", "iban"] },
  );
}
