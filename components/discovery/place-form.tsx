"use client";

import { useActionState, useEffect, useId, useRef, useState } from "react";
import { FieldError, FieldHint, describedByOf } from "@/components/ui/field-parts";
import { inputBase, primaryButton, secondaryButton } from "@/components/ui/styles";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";
import type { PlaceChoice } from "@/lib/location/resolve-place";

/** What was typed, and the places it may mean when it names several. */
export type PlaceFormState = FormState<{ query: string; choices: PlaceChoice[] }>;

type Suggestion = { postcode: string; city: string };

const INITIAL: PlaceFormState = { status: "idle", fieldErrors: {}, query: "", choices: [] };
const optionText = (s: Suggestion) => `${s.city} (${s.postcode})`;

/**
 * "Town or postcode" with suggestions from the offline gazetteer (an ARIA combobox). Picking one
 * submits it; the server looks it up again. Without JavaScript the typed text is posted and the
 * server picks the match or offers the choices.
 */
export function PlaceForm({ action, returnTo }: { action: FormAction<PlaceFormState>; returnTo: string }) {
  const t = useT();
  const hint = t("discovery.location.placeHint");
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const [query, setQuery] = useState(state.query);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [choice, setChoice] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const inputId = `${id}-place`;
  const listId = `${id}-suggestions`;
  const error = state.fieldErrors.query ?? state.fieldErrors.form;

  useEffect(() => {
    const typed = query.trim();
    if (typed.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/places?q=${encodeURIComponent(typed)}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<Suggestion[]>) : []))
        .then((results) => {
          setSuggestions(results.map(({ postcode, city }) => ({ postcode, city })));
          setActive(-1);
        })
        .catch(() => {}); // offline or aborted: no suggestions, submitting the text still works
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  useEffect(() => {
    if (state.status === "error") inputRef.current?.focus();
  }, [state]);

  const shown = open && query.trim().length >= 2 ? suggestions : [];

  function pick(suggestion: Suggestion) {
    setQuery(optionText(suggestion));
    setChoice(`${suggestion.postcode}|${suggestion.city}`);
    setOpen(false);
    // Let React write the hidden field before the form is sent.
    requestAnimationFrame(() => formRef.current?.requestSubmit());
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (suggestions.length === 0) return;
      const count = suggestions.length;
      setActive((current) =>
        event.key === "ArrowDown" ? (current + 1) % count : current <= 0 ? count - 1 : current - 1,
      );
    } else if (event.key === "Enter" && open && active >= 0 && shown[active]) {
      event.preventDefault();
      pick(shown[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      <input type="hidden" name="choice" value={choice} />
      <div className="flex flex-col gap-1">
        <label htmlFor={inputId} className="font-medium">
          {t("discovery.location.placeLabel")}
        </label>
        <div className="relative">
          <input
            ref={inputRef}
            id={inputId}
            name="query"
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={shown.length > 0}
            aria-controls={listId}
            aria-activedescendant={active >= 0 && shown[active] ? `${listId}-${active}` : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedByOf(inputId, hint, error)}
            autoComplete="off"
            maxLength={60}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setChoice("");
              setOpen(true);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
            className={inputBase}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={t("discovery.location.suggestions")}
            hidden={shown.length === 0}
            className="absolute inset-x-0 top-full z-10 mt-1 max-h-72 overflow-auto rounded-lg border border-stone-300 bg-white py-1 shadow-lg"
          >
            {shown.map((suggestion, index) => (
              <li
                key={`${suggestion.postcode}-${suggestion.city}`}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(suggestion)}
                className={`flex min-h-11 cursor-pointer items-center px-3 py-2 ${index === active ? "bg-brand-50 text-brand-800" : "hover:bg-stone-100"}`}
              >
                {optionText(suggestion)}
              </li>
            ))}
          </ul>
        </div>
        <FieldHint id={inputId} hint={hint} />
        <FieldError id={inputId} error={error} />
        <p role="status" className="sr-only">
          {open && query.trim().length >= 2
            ? suggestions.length > 0
              ? t("discovery.location.suggestionCount", { count: suggestions.length })
              : t("discovery.location.noSuggestion")
            : ""}
        </p>
      </div>
      <button type="submit" disabled={pending} className={`${primaryButton} self-start`}>
        {pending ? t("discovery.location.placePending") : t("discovery.location.placeSubmit")}
      </button>
      {state.choices.length > 0 ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-2 font-semibold">{t("discovery.location.choicesTitle")}</legend>
          <ul className="flex flex-wrap gap-2">
            {state.choices.map((option) => (
              <li key={`${option.postcode}-${option.city}`}>
                <button
                  type="submit"
                  name="choice"
                  value={`${option.postcode}|${option.city}`}
                  className={`${secondaryButton}`}
                >
                  {optionText(option)}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
    </form>
  );
}
