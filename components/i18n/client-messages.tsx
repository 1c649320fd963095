import type { ReactNode } from "react";
import { MessagesProvider } from "@/lib/i18n/client";
import type { Locale } from "@/lib/i18n/config";
import { pickMessages, type MessageNamespace } from "@/lib/i18n/pick-messages";

/**
 * Sends the messages of `namespaces` to the client components below (their useT()): a server
 * component, so the catalogues stay on the server and only these subtrees reach the browser.
 * The page passes the viewer's locale (from getT()).
 */
export function ClientMessages({
  locale,
  namespaces,
  children,
}: {
  locale: Locale;
  namespaces: readonly MessageNamespace[];
  children: ReactNode;
}) {
  return (
    <MessagesProvider locale={locale} messages={pickMessages(locale, namespaces)}>
      {children}
    </MessagesProvider>
  );
}
