import type { Metadata } from "next";
import Link from "next/link";
import { textLink } from "@/components/ui/styles";
import { getT } from "@/lib/i18n/server";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { SignUpForm } from "./sign-up-form";

type SignUpPageProps = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("auth.signUp.title") };
}

export default async function SignUpPage({ searchParams }: SignUpPageProps) {
  const { t } = await getT();
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  const labels = {
    name: t("auth.fields.name"),
    email: t("auth.fields.email"),
    password: t("auth.fields.password"),
    passwordHint: t("auth.fields.passwordHint"),
    isVendor: t("auth.fields.isVendor"),
    submit: t("auth.signUp.submit"),
    pending: t("auth.signUp.pending"),
    signInAfterSignUp: t("auth.errors.signInAfterSignUp"),
  };
  const signInHref = callbackPath ? `/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}` : "/sign-in";
  return (
    <>
      <h1 className="text-2xl font-bold">{t("auth.signUp.title")}</h1>
      <p className="mt-1 mb-6 text-stone-600">{t("auth.signUp.intro")}</p>
      <SignUpForm labels={labels} callbackPath={callbackPath} />
      <p className="mt-6 text-center text-stone-600">
        {t("auth.signUp.haveAccount")}{" "}
        <Link href={signInHref} className={textLink}>
          {t("auth.signUp.signInLink")}
        </Link>
      </p>
    </>
  );
}
