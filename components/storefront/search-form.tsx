import { SearchSuggestions } from "@/components/search/search-suggestions";
import { inputBase } from "@/components/ui/styles";
import { SearchIcon } from "./icons";

type SearchFormProps = { id: string; label: string; placeholder: string; submitLabel: string; defaultValue?: string };

/** A plain GET form to /search: works without JavaScript and gives a shareable address; suggestions as you type. */
export function SearchForm({ id, label, placeholder, submitLabel, defaultValue }: SearchFormProps) {
  const listId = `${id}-suggestions`;
  return (
    <form role="search" action="/search" method="get" className="flex w-full gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        list={listId}
        autoComplete="off"
        maxLength={100}
        placeholder={placeholder}
        defaultValue={defaultValue}
        className={`${inputBase} min-w-0 flex-1`}
      />
      <SearchSuggestions inputId={id} listId={listId} />
      <button
        type="submit"
        className="inline-flex min-h-11 items-center gap-2 rounded-lg bg-brand-700 px-3 text-white hover:bg-brand-800"
      >
        <SearchIcon />
        <span className="sr-only sm:not-sr-only">{submitLabel}</span>
      </button>
    </form>
  );
}
