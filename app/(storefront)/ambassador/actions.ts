"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { joinProgramme } from "@/lib/ambassadors/join-programme";
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
