import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
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
  const { locale, t } = await getT();
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  const signUpHref = callbackPath ? `/sign-up?callbackUrl=${encodeURIComponent(callbackPath)}` : "/sign-up";
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t("auth.signIn.title")}</h1>
      <ClientMessages
        locale={locale}
        namespaces={["auth.fields", "auth.signIn", "auth.errors", "security.throttle.signIn.rateLimited"]}
      >
        <SignInForm callbackPath={callbackPath} />
      </ClientMessages>
      <p className="mt-6 text-center text-stone-600">
        {t("auth.signIn.noAccount")}{" "}
        <Link href={signUpHref} className={textLink}>
          {t("auth.signIn.signUpLink")}
        </Link>
      </p>
    </>
  );
}
