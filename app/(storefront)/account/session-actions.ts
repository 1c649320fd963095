"use server";

import { redirect } from "next/navigation";
import type { ChangePasswordFormState } from "@/components/account/change-password-form";
import { changePassword } from "@/lib/auth/change-password";
import { getActor } from "@/lib/auth/session";
import { clearSessionCookies, reissueSessionCookie } from "@/lib/auth/session-cookie";
import { signOutEverywhere } from "@/lib/auth/sessions";
import { isAppError } from "@/lib/errors";
import { formText } from "@/lib/forms/form-text";
import { runFormAction } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";

/** "Sign out everywhere" (docs/security.md): every session of the account ends, then this browser signs out. */
export async function signOutEverywhereAction(): Promise<void> {
  try {
    await signOutEverywhere(await getActor());
  } catch (error) {
    if (!isAppError(error, "UNAUTHENTICATED")) throw error;
  }
  await clearSessionCookies();
  redirect("/");
}

/** Change my password: other sessions end; this browser's session is issued again with the new version. */
export async function changePasswordAction(
  _previous: ChangePasswordFormState,
  formData: FormData,
): Promise<ChangePasswordFormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  return runFormAction(
    t,
    "changePassword",
    async () => {
      const { sessionVersion } = await changePassword(actor, {
        currentPassword: formText(formData, "currentPassword"),
        newPassword: formText(formData, "newPassword"),
        confirmPassword: formText(formData, "confirmPassword"),
      });
      await reissueSessionCookie(sessionVersion);
      return t("security.sessions.passwordChanged");
    },
    { fields: ["currentPassword", "newPassword", "confirmPassword"] },
  );
}
