/** The page's one h1, with an optional line under it. */
export function PageHeader({ title, description }: { title: string; description?: string }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{title}</h1>
      {description ? <p className="mt-1 text-stone-600">{description}</p> : null}
    </div>
  );
}
