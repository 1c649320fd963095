import { signOutAction } from "@/app/(auth)/sign-out/actions";
import { focusRing } from "@/components/ui/styles";

/** Ends the session and goes back to the home page (a form: no client script, works without JS). */
export function SignOutButton({ label, className = "" }: { label: string; className?: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className={`${className} ${focusRing}`}>
        {label}
      </button>
    </form>
  );
}
