import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
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
  const { locale, t } = await getT();
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  const signInHref = callbackPath ? `/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}` : "/sign-in";
  return (
    <>
      <h1 className="text-2xl font-bold">{t("auth.signUp.title")}</h1>
      <p className="mt-1 mb-6 text-stone-600">{t("auth.signUp.intro")}</p>
      <ClientMessages locale={locale} namespaces={["auth.fields", "auth.signUp", "security.throttle.signInLink"]}>
        <SignUpForm callbackPath={callbackPath} signInHref={signInHref} />
      </ClientMessages>
      <p className="mt-6 text-center text-stone-600">
        {t("auth.signUp.haveAccount")}{" "}
        <Link href={signInHref} className={textLink}>
          {t("auth.signUp.signInLink")}
        </Link>
      </p>
    </>
  );
}
