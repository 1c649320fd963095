import { ClientMessages } from "@/components/i18n/client-messages";
import { secondaryButton } from "@/components/ui/styles";
import type { FormAction } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { ChangePasswordForm, type ChangePasswordFormState } from "./change-password-form";

type Props = {
  locale: Locale;
  t: Translate;
  signOutEverywhere: () => Promise<void>;
  changePassword: FormAction<ChangePasswordFormState>;
};

/**
 * The account page's sign-ins (docs/security.md, headers, cookies and sessions): change the
 * password (other sessions end) and sign out everywhere (every session ends, this one included).
 */
export function SessionsSection({ locale, t, signOutEverywhere, changePassword }: Props) {
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h3 className="mb-2 text-lg font-semibold">{t("security.sessions.changePasswordTitle")}</h3>
        <p className="mb-4 text-stone-700">{t("security.sessions.changePasswordText")}</p>
        <ClientMessages locale={locale} namespaces={["security.sessions", "auth.fields"]}>
          <ChangePasswordForm action={changePassword} />
        </ClientMessages>
      </div>
      <div>
        <h3 className="mb-2 text-lg font-semibold">{t("security.sessions.signOutEverywhereTitle")}</h3>
        <p className="mb-4 text-stone-700">{t("security.sessions.signOutEverywhereText")}</p>
        <form action={signOutEverywhere}>
          <button type="submit" className={secondaryButton}>
            {t("security.sessions.signOutEverywhereSubmit")}
          </button>
        </form>
      </div>
    </div>
  );
}
