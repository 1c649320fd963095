import { signOutAction } from "@/app/(auth)/sign-out/actions";

/** Ends the session and goes back to the home page (a form: no client script, works without JS). */
export function SignOutButton({ label, className = "" }: { label: string; className?: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className={`${className}`}>
        {label}
      </button>
    </form>
  );
}
