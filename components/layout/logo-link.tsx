import Link from "next/link";

/** The marketplace's name, linking home. `label` is the accessible name ("Halle, accueil"). */
export function LogoLink({ name, label }: { name: string; label: string }) {
  return (
    <Link
      href="/"
      aria-label={label}
      className="inline-flex min-h-11 items-center rounded-md text-2xl font-bold tracking-tight text-brand-700"
    >
      {name}
    </Link>
  );
}
