"use client";

import { useEffect, useState } from "react";

type SearchSuggestionsProps = { inputId: string; listId: string };

/**
 * Type-ahead for a search input: fills a <datalist> (native, accessible, keyboard-friendly) with
 * product titles from /api/suggest as the shopper types. Without JavaScript the input is a plain
 * search field and the form still GETs /search.
 */
export function SearchSuggestions({ inputId, listId }: SearchSuggestionsProps) {
  const [titles, setTitles] = useState<string[]>([]);

  useEffect(() => {
    const input = document.getElementById(inputId);
    if (!(input instanceof HTMLInputElement)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    const onInput = () => {
      clearTimeout(timer);
      const typed = input.value.trim();
      if (typed.length < 2) {
        setTitles([]);
        return;
      }
      timer = setTimeout(() => {
        controller?.abort();
        controller = new AbortController();
        fetch(`/api/suggest?q=${encodeURIComponent(typed.slice(0, 60))}`, { signal: controller.signal })
          .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
          .then((found) => setTitles(Array.isArray(found) ? found : []))
          .catch((error: unknown) => {
            // A newer keystroke cancelled this request; anything else only costs the suggestions.
            if (!(error instanceof DOMException && error.name === "AbortError")) setTitles([]);
          });
      }, 150);
    };
    input.addEventListener("input", onInput);
    return () => {
      input.removeEventListener("input", onInput);
      clearTimeout(timer);
      controller?.abort();
    };
  }, [inputId]);

  return (
    <datalist id={listId}>
      {titles.map((title) => (
        <option key={title} value={title} />
      ))}
    </datalist>
  );
}
