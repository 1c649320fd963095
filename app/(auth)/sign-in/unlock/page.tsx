import type { Metadata } from "next";
import Link from "next/link";
import { primaryButton, textLink } from "@/components/ui/styles";
import { isReadableUnlockToken } from "@/lib/auth/sign-in-throttle-unlock";
import { getT } from "@/lib/i18n/server";
import { unlockSignInAction } from "./actions";

type UnlockPageProps = { searchParams: Promise<{ token?: string | string[]; result?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("security.throttle.signIn.unlock.title"), robots: { index: false } };
}

/** Opened from the e-mail sent when failed sign-ins lock an account (docs/security.md). */
export default async function UnlockSignInPage({ searchParams }: UnlockPageProps) {
  const { t } = await getT();
  const { token, result } = await searchParams;
  const value = typeof token === "string" ? token : undefined;
  const status = result === "done" ? "done" : result === "invalid" || !isReadableUnlockToken(value) ? "invalid" : "ask";
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t("security.throttle.signIn.unlock.title")}</h1>
      {status === "ask" ? (
        <form action={unlockSignInAction} className="flex flex-col gap-4">
          <p>{t("security.throttle.signIn.unlock.intro")}</p>
          <input type="hidden" name="token" value={value} />
          <button type="submit" className={primaryButton}>
            {t("security.throttle.signIn.unlock.submit")}
          </button>
        </form>
      ) : (
        <p role={status === "done" ? "status" : "alert"}>
          {t(status === "done" ? "security.throttle.signIn.unlock.done" : "security.throttle.signIn.unlock.invalid")}
        </p>
      )}
      {status !== "ask" ? (
        <p className="mt-6 text-center">
          <Link href="/sign-in" className={textLink}>
            {t("security.throttle.signIn.unlock.signInLink")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
