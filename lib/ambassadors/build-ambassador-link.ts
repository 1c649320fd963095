// The ambassador's link builder (docs/business-models.md, ambassadors). Pure: the /ambassador page and
// the click recorder use it; no I/O.
import { REF_PARAM } from "./ambassador-code";

/** What an ambassador may link to: a product page, a shop page, the shop directory or the home. */
export type LandingTarget =
  { kind: "product"; slug: string } | { kind: "shop"; slug: string } | { kind: "directory" } | { kind: "home" };

export type AmbassadorLinkResult =
  | { ok: true; url: string; target: LandingTarget }
  /** empty: nothing pasted; invalid: not a web address; foreign: another site; unsupported: a page of ours that is not a product, a shop or the home */
  | { ok: false; reason: "empty" | "invalid" | "foreign" | "unsupported" };

const SLUG = /^[a-z0-9][a-z0-9-]*$/i;

/** The landing target of a path ("/p/bol-en-gres" → product "bol-en-gres"), null for any other page. */
export function landingTarget(pathname: string): LandingTarget | null {
  const parts = pathname.split("/").filter(Boolean);
  if (parts.length === 0) return { kind: "home" };
  if (parts.length === 1 && parts[0] === "shops") return { kind: "directory" };
  if (parts.length !== 2) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(parts[1]);
  } catch {
    // Broken percent-encoding cannot be one of our slugs.
    return null;
  }
  if (!SLUG.test(slug)) return null;
  if (parts[0] === "p") return { kind: "product", slug };
  if (parts[0] === "shops") return { kind: "shop", slug };
  return null;
}

/** The page's canonical path ("/p/bol/" → "/p/bol"). */
function pathOf(target: LandingTarget): string {
  if (target.kind === "product") return `/p/${encodeURIComponent(target.slug)}`;
  if (target.kind === "shop") return `/shops/${encodeURIComponent(target.slug)}`;
  return target.kind === "directory" ? "/shops" : "/";
}

function parsePasted(pasted: string, origin: URL): URL | null {
  const text = pasted.trim();
  try {
    if (text.startsWith("/") && !text.startsWith("//")) return new URL(text, origin);
    // "halle.example/p/bol" pasted without its scheme
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    // Not a URL at all: reported to the ambassador as "invalid".
    return null;
  }
}

/**
 * The ambassador link for a page of this marketplace: the same page (path and other query
 * parameters kept, any earlier `ref` and the #fragment dropped) on the marketplace's own origin,
 * with `ref=CODE` added. `origin` is the marketplace's address (APP_URL); a pasted address is
 * ours when its host is the same (http or https, "www." ignored).
 */
export function buildAmbassadorLink(code: string, pasted: string, origin: string): AmbassadorLinkResult {
  if (pasted.trim() === "") return { ok: false, reason: "empty" };
  const base = new URL(origin);
  const url = parsePasted(pasted, base);
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) return { ok: false, reason: "invalid" };
  const host = (value: string) => value.toLowerCase().replace(/^www\./, "");
  if (host(url.host) !== host(base.host)) return { ok: false, reason: "foreign" };
  const target = landingTarget(url.pathname);
  if (!target) return { ok: false, reason: "unsupported" };

  const link = new URL(pathOf(target), base);
  for (const [name, value] of url.searchParams) if (name !== REF_PARAM) link.searchParams.append(name, value);
  link.searchParams.set(REF_PARAM, code);
  return { ok: true, url: link.toString(), target };
}
