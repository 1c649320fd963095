import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoneyInput } from "@/lib/money/parse-money";
import type { SearchCategoryOption } from "@/lib/search/list-search-categories";
import { SEARCH_DELIVERY_MODES, SEARCH_SORTS, searchHref, type SearchFormValues } from "@/lib/search/search-params";
import { RADIUS_CHOICES_KM } from "@/lib/search/search-query";
import { MIN_RATING_CHOICES } from "@/lib/reviews/rating";
import { formatRatingChoice } from "@/lib/search/format-count";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField } from "@/components/ui/select-field";
import { inputBase, primaryButton, textLink } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { SearchSuggestions } from "./search-suggestions";

type SearchFiltersProps = {
  values: SearchFormValues;
  invalid: { min: boolean; max: boolean };
  categories: SearchCategoryOption[];
  hasLocation: boolean;
  locale: string;
  t: Translate;
};

/** The search form: a GET to /search, so it works without JavaScript and every search has an address. */
export function SearchFilters({ values, invalid, categories, hasLocation, locale, t }: SearchFiltersProps) {
  const example = formatMoneyInput(1250, locale);
  const sorts = SEARCH_SORTS.filter((sort) => hasLocation || sort !== "distance");
  return (
    <form action="/search" method="get" aria-label={t("searchPage.form.label")} className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="search-query" className="font-medium">
          {t("searchPage.form.query")}
        </label>
        <input
          id="search-query"
          name="q"
          type="search"
          list="search-query-suggestions"
          autoComplete="off"
          maxLength={100}
          defaultValue={values.q}
          placeholder={t("searchPage.form.queryPlaceholder")}
          className={inputBase}
        />
        <SearchSuggestions inputId="search-query" listId="search-query-suggestions" />
      </div>
      <SelectField
        id="search-category"
        name="category"
        label={t("searchPage.form.category")}
        defaultValue={values.category}
        options={[
          { value: "", label: t("searchPage.form.allCategories") },
          // A non-breaking indent marks subcategories inside the native select.
          ...categories.map((option) => ({
            value: option.slug,
            label: `${option.depth ? "\u00a0\u00a0\u00a0" : ""}${option.name}`,
          })),
        ]}
      />
      {hasLocation ? (
        <SelectField
          id="search-radius"
          name="radius"
          label={t("searchPage.form.radius")}
          defaultValue={values.radius}
          options={[
            { value: "", label: t("searchPage.form.anyRadius") },
            ...RADIUS_CHOICES_KM.map((km) => ({ value: String(km), label: t("searchPage.form.radiusKm", { km }) })),
          ]}
        />
      ) : null}
      <SelectField
        id="search-delivery"
        name="delivery"
        label={t("searchPage.form.delivery")}
        defaultValue={values.delivery}
        options={[
          { value: "", label: t("searchPage.form.anyDelivery") },
          ...SEARCH_DELIVERY_MODES.map((mode) => ({ value: mode, label: t(`searchPage.delivery.${mode}`) })),
        ]}
      />
      <CheckboxField
        id="search-stock"
        name="stock"
        value="1"
        label={t("searchPage.form.inStock")}
        defaultChecked={values.stock === "1"}
      />
      <SelectField
        id="search-rating"
        name="rating"
        label={t("searchPage.form.minRating")}
        defaultValue={values.rating}
        options={[
          { value: "", label: t("searchPage.form.anyRating") },
          ...MIN_RATING_CHOICES.map((choice) => ({
            value: choice,
            label: t("searchPage.form.minRatingChoice", {
              rating: formatRatingChoice(Number(choice), locale),
            }),
          })),
        ]}
      />
      <div className="grid grid-cols-2 gap-3">
        <TextField
          id="search-min"
          name="min"
          label={t("searchPage.form.minPrice")}
          inputMode="decimal"
          defaultValue={values.min}
          placeholder={t("searchPage.form.pricePlaceholder", { example })}
          error={invalid.min ? t("searchPage.form.invalidPrice", { example }) : undefined}
        />
        <TextField
          id="search-max"
          name="max"
          label={t("searchPage.form.maxPrice")}
          inputMode="decimal"
          defaultValue={values.max}
          placeholder={t("searchPage.form.pricePlaceholder", { example })}
          error={invalid.max ? t("searchPage.form.invalidPrice", { example }) : undefined}
        />
      </div>
      <SelectField
        id="search-sort"
        name="sort"
        label={t("searchPage.form.sort")}
        defaultValue={values.sort}
        options={sorts.map((sort) => ({ value: sort, label: t(`searchPage.sort.${sort}`) }))}
      />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={primaryButton}>
          {t("searchPage.form.submit")}
        </button>
        <Link
          href={searchHref(
            { ...values, category: "", radius: "", delivery: "", stock: "", min: "", max: "", rating: "", sort: "" },
            {},
          )}
          className={textLink}
        >
          {t("searchPage.form.reset")}
        </Link>
      </div>
    </form>
  );
}
