"use client";

import { createContext, useContext } from "react";

export type ErrorMessages = { title: string; text: string; retry: string; home: string };

const ErrorMessagesContext = createContext<ErrorMessages | null>(null);

/**
 * error.tsx is a client component without props: the root layout hands it its few translated
 * strings through this context, so the whole catalogue never ships to the browser.
 */
export function ErrorMessagesProvider({ messages, children }: { messages: ErrorMessages; children: React.ReactNode }) {
  return <ErrorMessagesContext.Provider value={messages}>{children}</ErrorMessagesContext.Provider>;
}

export function useErrorMessages(): ErrorMessages | null {
  return useContext(ErrorMessagesContext);
}
