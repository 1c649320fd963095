"use client";

import { secondaryButton } from "@/components/ui/styles";

/** Opens the browser's print dialog; the page's print styles keep only the packing slip. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={`${secondaryButton} print:hidden`}>
      {label}
    </button>
  );
}
