/** The sign-out server action, passed by the layout. */
export type SignOutAction = () => Promise<void>;

/** Ends the session and goes back to the home page (a form: no client script, works without JS). */
export function SignOutButton({
  action,
  label,
  className = "",
}: {
  action: SignOutAction;
  label: string;
  className?: string;
}) {
  return (
    <form action={action}>
      <button type="submit" className={`${className}`}>
        {label}
      </button>
    </form>
  );
}
