"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "./config";
import { createTranslator, type Messages, type Translate } from "./translate";

// Client components translate for themselves (docs/i18n.md): a server component sends the
// messages of the namespaces they need (never the whole catalogue) through <ClientMessages>, and
// useT() reads them. Providers nest: an inner one adds its namespaces to the outer one's.

type Context = { locale: Locale; messages: Messages; t: Translate };
const MessagesContext = createContext<Context | null>(null);

function merge(outer: Messages, inner: Messages): Messages {
  const merged: Messages = { ...outer };
  for (const [key, value] of Object.entries(inner)) {
    const before = merged[key];
    merged[key] =
      before && typeof before === "object" && value && typeof value === "object"
        ? merge(before as Messages, value as Messages)
        : value;
  }
  return merged;
}

export function MessagesProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Messages;
  children: ReactNode;
}) {
  const outer = useContext(MessagesContext);
  const value = useMemo(() => {
    const all = outer ? merge(outer.messages, messages) : messages;
    return { locale, messages: all, t: createTranslator(all, undefined, locale) };
  }, [outer, locale, messages]);
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

function useMessages(): Context {
  const context = useContext(MessagesContext);
  if (!context) throw new Error("useT() needs a <ClientMessages> above it");
  return context;
}

/** t(key, values) in a client component, from the namespaces its page sent. */
export function useT(): Translate {
  return useMessages().t;
}

/** The viewer's locale in a client component (for Intl formatting). */
export function useLocale(): Locale {
  return useMessages().locale;
}
