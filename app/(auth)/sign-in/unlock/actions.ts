"use server";

import { redirect } from "next/navigation";
import { unlockSignIn } from "@/lib/auth/sign-in-throttle-unlock";
import { isAppError } from "@/lib/errors";

/** The unlock link's button (docs/security.md): a POST, so that mail scanners opening the link unlock nothing. */
export async function unlockSignInAction(formData: FormData): Promise<void> {
  let outcome: "done" | "invalid" = "done";
  try {
    await unlockSignIn(formData.get("token"));
  } catch (error) {
    if (!isAppError(error, "NOT_FOUND")) throw error;
    outcome = "invalid";
  }
  redirect(`/sign-in/unlock?result=${outcome}`);
}
