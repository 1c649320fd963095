"use client";

import Link from "next/link";
import { useState } from "react";
import { primaryButton } from "@/components/ui/styles";
import { LOCATION_PROMPT_COOKIE } from "@/lib/discovery/location-prompt";
import { useT } from "@/lib/i18n/client";

/** First visit, no location yet: an invitation (not a modal) that can be put off for a month. */
export function LocationPrompt() {
  const t = useT();
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;
  return (
    <aside
      aria-labelledby="location-prompt-title"
      className="border-brand-200 flex flex-col gap-3 rounded-xl border bg-white p-4 shadow-sm sm:flex-row sm:items-center"
    >
      <div className="flex-1">
        <h2 id="location-prompt-title" className="text-lg font-semibold">
          {t("discovery.prompt.title")}
        </h2>
        <p className="text-stone-700">{t("discovery.prompt.text")}</p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Link href="/location" className={primaryButton}>
          {t("discovery.prompt.cta")}
        </Link>
        <button
          type="button"
          onClick={() => {
            document.cookie = `${LOCATION_PROMPT_COOKIE}=dismissed; path=/; max-age=${60 * 60 * 24 * 30}; samesite=lax${location.protocol === "https:" ? "; secure" : ""}`;
            setHidden(true);
          }}
          className="min-h-11 rounded-lg px-3 font-medium text-stone-700 underline underline-offset-2 hover:bg-stone-100"
        >
          {t("discovery.prompt.dismiss")}
        </button>
      </div>
    </aside>
  );
}
