import Link from "next/link";
import type { CategorySummary } from "@/lib/catalog/list-categories";

/** Top-level categories as chips; each leads to its category page. */
export function CategoryList({ categories }: { categories: CategorySummary[] }) {
  return (
    <ul className="flex flex-wrap gap-2">
      {categories.map((category) => (
        <li key={category.id}>
          <Link
            href={`/c/${encodeURIComponent(category.slug)}`}
            className="inline-flex min-h-10 items-center rounded-full border border-stone-300 bg-white px-4 hover:border-brand-600 hover:bg-brand-50"
          >
            {category.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
