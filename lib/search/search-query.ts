// Pure helpers of product search: what the shopper typed, made safe and predictable before it
// reaches PostgreSQL (where it is always a bound parameter).
import { MAX_PAGE } from "@/lib/text/clean-text";
import { normalizePersian } from "./normalize-persian";

export const MAX_QUERY_LENGTH = 100;
export const DEFAULT_PAGE_SIZE = 24;
export const MAX_PAGE_SIZE = 48;
export const RADIUS_CHOICES_KM = [5, 10, 25, 50, 100] as const;
/** Radius accepted from any caller (the page offers RADIUS_CHOICES_KM). */
export const MAX_RADIUS_KM = 1000;

/** Trims, collapses whitespace and caps the length; "" means "no text" (browse). */
export function normalizeQuery(input: string | null | undefined): string {
  return (input ?? "").normalize("NFC").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/**
 * The text search compares: normalizeQuery, with Persian and Arabic letter forms, diacritics, ZWNJ
 * and digits normalised as the documents are (normalize-persian.ts). normalizeQuery alone is
 * what the search box shows back.
 */
export function normalizeSearchText(input: string | null | undefined): string {
  return normalizeQuery(normalizePersian((input ?? "").normalize("NFC")));
}

/**
 * A prefix tsquery for type-ahead ("mie cho" → "mie:* & cho:*"): only letters and digits survive,
 * so the text can never be a tsquery syntax error; words of one character are dropped (they would
 * match half the catalogue). Null when nothing is left.
 */
export function prefixTsQuery(query: string): string | null {
  // normalised here too: a diacritic or a ZWNJ is neither a letter nor a digit and would cut a word
  const words = normalizePersian(query.normalize("NFC"))
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => [...word].length >= 2)
    .slice(0, 8);
  return words.length === 0 ? null : words.map((word) => `${word}:*`).join(" & ");
}

/** A whole page number from 1 to MAX_PAGE (anything else is page 1; more is MAX_PAGE: it is an SQL int). */
export function normalizePage(page: number | null | undefined): number {
  return typeof page === "number" && Number.isFinite(page) && page >= 1 ? Math.min(Math.floor(page), MAX_PAGE) : 1;
}

export function normalizePageSize(size: number | null | undefined): number {
  if (typeof size !== "number" || !Number.isFinite(size) || size < 1) return DEFAULT_PAGE_SIZE;
  return Math.min(Math.floor(size), MAX_PAGE_SIZE);
}

/** The page actually shown: past the end means the last page (page 1 when nothing matched). */
export function clampPage(page: number, total: number, pageSize: number): { page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return { page: Math.min(page, pageCount), pageCount };
}

/** A positive radius in km, capped; null for none or nonsense. */
export function normalizeRadiusKm(radius: number | null | undefined): number | null {
  if (typeof radius !== "number" || !Number.isFinite(radius) || radius <= 0) return null;
  return Math.min(radius, MAX_RADIUS_KM);
}
