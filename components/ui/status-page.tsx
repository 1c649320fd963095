import Link from "next/link";
import { primaryButton } from "./styles";

type StatusPageProps = { code?: string; title: string; text: string; homeLabel: string };

/** A full-page message (403, 404): one h1, what happened, and a way back home. */
export function StatusPage({ code, title, text, homeLabel }: StatusPageProps) {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-16 text-center">
      {code ? <p className="text-sm font-semibold tracking-widest text-brand-700">{code}</p> : null}
      <h1 className="mt-2 text-3xl font-bold">{title}</h1>
      <p className="mt-3 text-stone-600">{text}</p>
      <Link href="/" className={`mt-8 ${primaryButton}`}>
        {homeLabel}
      </Link>
    </div>
  );
}
