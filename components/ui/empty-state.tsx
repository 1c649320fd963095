type EmptyStateProps = { title: string; text?: string; children?: React.ReactNode; headingLevel?: "h2" | "h3" };

/** What a list or a section shows while it has nothing: says so honestly, and what comes next. */
export function EmptyState({ title, text, children, headingLevel = "h2" }: EmptyStateProps) {
  const Heading = headingLevel;
  return (
    <div className="rounded-xl border border-dashed border-stone-300 bg-white px-6 py-10 text-center">
      <Heading className="text-lg font-semibold">{title}</Heading>
      {text ? <p className="mx-auto mt-2 max-w-prose text-stone-600">{text}</p> : null}
      {children ? <div className="mt-4 flex flex-wrap justify-center gap-3">{children}</div> : null}
    </div>
  );
}
