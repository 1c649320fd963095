"use client";

import Link from "next/link";
import { useEffect } from "react";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { useT } from "@/lib/i18n/client";

// The generic message for anything unexpected; details stay in the server's logs (error.digest).
// Its words come from the root layout's ClientMessages (common, errors).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useT();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col items-center px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">{t("errors.genericTitle")}</h1>
      <p className="mt-3 text-stone-600">{t("errors.genericText")}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={reset} className={primaryButton}>
          {t("errors.retry")}
        </button>
        <Link href="/" className={secondaryButton}>
          {t("common.backHome")}
        </Link>
      </div>
    </main>
  );
}
