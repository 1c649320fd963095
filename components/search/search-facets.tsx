import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import { searchHref, type SearchFormValues } from "@/lib/search/search-params";
import type { FacetCount } from "@/lib/search/search-types";

type SearchFacetsProps = {
  values: SearchFormValues;
  categories: FacetCount[];
  delivery: FacetCount[];
  t: Translate;
};

/** Facet links with their counts: a click filters (or removes the filter), keeping the rest of the search. */
export function SearchFacets({ values, categories, delivery, t }: SearchFacetsProps) {
  return (
    <div className="flex flex-col gap-6">
      <FacetGroup
        title={t("searchPage.facets.categories")}
        facets={categories}
        selected={values.category}
        field="category"
        values={values}
        t={t}
      />
      <FacetGroup
        title={t("searchPage.facets.delivery")}
        facets={delivery}
        selected={values.delivery}
        field="delivery"
        values={values}
        t={t}
      />
    </div>
  );
}

type FacetGroupProps = {
  title: string;
  facets: FacetCount[];
  selected: string;
  field: "category" | "delivery";
  values: SearchFormValues;
  t: Translate;
};

function FacetGroup({ title, facets, selected, field, values, t }: FacetGroupProps) {
  if (facets.length === 0) return null;
  const headingId = `facet-${field}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-2 font-semibold">
        {title}
      </h2>
      {/* Styles by name (app/globals.css, "facet-"): a dozen links or more, each written out once. */}
      <ul className="flex flex-wrap gap-2 md:flex-col md:gap-1">
        {facets.map((facet) => {
          const isSelected = facet.key === selected;
          const label = t("searchPage.facets.withCount", { label: facet.label, count: facet.count });
          if (facet.count === 0 && !isSelected) {
            return (
              <li key={facet.key} className="facet-empty">
                {label}
              </li>
            );
          }
          return (
            <li key={facet.key}>
              <Link
                href={searchHref(values, { [field]: isSelected ? "" : facet.key })}
                aria-current={isSelected ? "true" : undefined}
                aria-label={isSelected ? t("searchPage.facets.remove", { label: facet.label }) : undefined}
                className="facet-link"
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
