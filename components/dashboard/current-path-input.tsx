"use client";

import { usePathname } from "next/navigation";

/** A hidden field holding the current page, so a form can come back to it (JavaScript only). */
export function CurrentPathInput({ name }: { name: string }) {
  const pathname = usePathname();
  return <input type="hidden" name={name} value={pathname} />;
}
