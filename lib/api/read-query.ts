// Query parameters of the public API (docs/api.md) read strictly: only the names the route's
// schema knows, the first value of each, cleaned of NUL bytes and control characters before
// anything else sees them (lib/text/clean-text.ts); an empty value counts as absent.
import type { z } from "zod";
import { cleanText } from "@/lib/text/clean-text";

/** Longer than any parameter accepts, so that a long value is refused rather than cut. */
const READ_LENGTH = 1_000;

export type QueryReading<T> = { ok: true; value: T } | { ok: false; fields: string[] };

/** The parameters as the schema reads them, or the names of those it refused (in order, once each). */
export function readQuery<S extends z.ZodObject>(params: URLSearchParams, schema: S): QueryReading<z.output<S>> {
  const raw: Record<string, string> = {};
  for (const name of Object.keys(schema.shape)) {
    const value = cleanText(params.get(name), READ_LENGTH).trim();
    if (value !== "") raw[name] = value;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const fields = parsed.error.issues.map((issue) => String(issue.path[0] ?? "")).filter((name) => name !== "");
  return { ok: false, fields: [...new Set(fields)] };
}
