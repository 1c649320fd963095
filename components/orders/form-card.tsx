import type { ReactNode } from "react";

/** The frame of one form on an order part's page: a card with its heading and a line saying what it does. */
export function FormCard({
  id,
  title,
  text,
  children,
}: {
  id: string;
  title: string;
  text?: string;
  children: ReactNode;
}) {
  const headingId = `${id}-title`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
      <h3 id={headingId} className="text-lg font-semibold">
        {title}
      </h3>
      {text ? <p className="mt-1 text-stone-700">{text}</p> : null}
      {children}
    </section>
  );
}
