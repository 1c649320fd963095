type SectionProps = { id: string; title: string; children: React.ReactNode };

/** A titled region of a page: the h2 names the landmark. */
export function Section({ id, title, children }: SectionProps) {
  const headingId = `${id}-title`;
  return (
    <section id={id} aria-labelledby={headingId} className="scroll-mt-4">
      <h2 id={headingId} className="mb-4 text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
