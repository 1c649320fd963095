import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { textLink } from "@/components/ui/styles";
import { readableSignUpLink } from "@/lib/auth/complete-sign-up";
import { getT } from "@/lib/i18n/server";
import { ConfirmSignUpForm } from "./confirm-sign-up-form";

type ConfirmSignUpPageProps = { searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("security.signUpConfirm.title"), robots: { index: false } };
}

/**
 * Opened from the sign-up e-mail (docs/security.md, "Sign-up"). Opening it changes nothing (a
 * mail scanner may follow the link): it shows the password form, or says the link is invalid.
 */
export default async function ConfirmSignUpPage({ searchParams }: ConfirmSignUpPageProps) {
  const { locale, t } = await getT();
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : undefined;
  const link = readableSignUpLink(value);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("security.signUpConfirm.title")}</h1>
      {link && value ? (
        <>
          <p className="mt-1 mb-6 text-stone-600">{t("security.signUpConfirm.intro")}</p>
          <ClientMessages
            locale={locale}
            namespaces={["auth.fields.passwordHint", "auth.errors.signInAfterSignUp", "security.signUpConfirm"]}
          >
            <ConfirmSignUpForm token={value} email={link.email} />
          </ClientMessages>
        </>
      ) : (
        <>
          <p className="mt-4">{t("security.signUpConfirm.invalid")}</p>
          <p className="mt-6 text-center">
            <Link href="/sign-up" className={textLink}>
              {t("security.signUpConfirm.signUpAgain")}
            </Link>
          </p>
        </>
      )}
    </>
  );
}
