"use client";

import { secondaryButton } from "@/components/ui/styles";
import { useT } from "@/lib/i18n/client";

/** Opens the browser's print dialog; the page's print styles keep only the packing slip. */
export function PrintButton() {
  const t = useT();
  return (
    <button type="button" onClick={() => window.print()} className={`${secondaryButton} print:hidden`}>
      {t("orders.life.vendor.print")}
    </button>
  );
}
