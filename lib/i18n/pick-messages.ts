import { getMessages } from "./catalogues";
import type { Locale } from "./config";
import type { Messages } from "./translate";

// A namespace is a top-level key ("cart") or a dotted path into one ("forms.errors").
export type MessageNamespace = string;

function subtree(messages: Messages, path: string): unknown {
  let node: unknown = messages;
  for (const part of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function put(target: Messages, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Messages;
  }
  node[parts.at(-1)!] = value;
}

function withFallback(own: unknown, reference: unknown): unknown {
  if (own === undefined) return reference;
  if (own && typeof own === "object" && reference && typeof reference === "object") {
    const merged: Messages = { ...(reference as Messages) };
    for (const [key, value] of Object.entries(own)) merged[key] = withFallback(value, (reference as Messages)[key]);
    return merged;
  }
  return own;
}

/**
 * The messages of `namespaces` in `locale` (French where a key is missing), for a client
 * component: only these subtrees travel to the browser, never the whole catalogue.
 */
export function pickMessages(locale: Locale, namespaces: readonly MessageNamespace[]): Messages {
  const own = getMessages(locale);
  const reference = getMessages("fr");
  const picked: Messages = {};
  for (const namespace of namespaces) {
    const value = withFallback(subtree(own, namespace), subtree(reference, namespace));
    if (value !== undefined) put(picked, namespace, value);
  }
  return picked;
}
