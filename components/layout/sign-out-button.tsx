"use client";

import { signOut } from "next-auth/react";
import { focusRing } from "@/components/ui/styles";

/** Ends the session and goes back to the home page. */
export function SignOutButton({ label, className = "" }: { label: string; className?: string }) {
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: "/" })} className={`${className} ${focusRing}`}>
      {label}
    </button>
  );
}
