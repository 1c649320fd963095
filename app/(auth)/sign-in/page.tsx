import type { Metadata } from "next";
import Link from "next/link";
import { textLink } from "@/components/ui/styles";
import { getT } from "@/lib/i18n/server";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { SignInForm } from "./sign-in-form";

type SignInPageProps = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("auth.signIn.title") };
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const { t } = await getT();
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  const labels = {
    email: t("auth.fields.email"),
    password: t("auth.fields.password"),
    submit: t("auth.signIn.submit"),
    pending: t("auth.signIn.pending"),
    invalidCredentials: t("auth.errors.invalidCredentials"),
    rateLimited: t("auth.errors.rateLimited"),
    generic: t("auth.errors.generic"),
  };
  const signUpHref = callbackPath ? `/sign-up?callbackUrl=${encodeURIComponent(callbackPath)}` : "/sign-up";
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t("auth.signIn.title")}</h1>
      <SignInForm labels={labels} callbackPath={callbackPath} />
      <p className="mt-6 text-center text-stone-600">
        {t("auth.signIn.noAccount")}{" "}
        <Link href={signUpHref} className={textLink}>
          {t("auth.signIn.signUpLink")}
        </Link>
      </p>
    </>
  );
}
