import type { MetadataRoute } from "next";
import { getTranslator } from "@/lib/i18n/catalogues";
import { DEFAULT_LOCALE, textDirection } from "@/lib/i18n/config";

// The web app manifest (/manifest.webmanifest, linked from every page by Next.js): what a phone
// shows when the storefront is added to its home screen. In the marketplace's default language,
// since one manifest serves every visitor. The icons are drawn by scripts/generate-icons.ts.
const BRAND_GREEN = "#255a40"; // --color-brand-700 in app/globals.css
const PAPER = "#fafaf9"; // the page background (stone-50)

export default function manifest(): MetadataRoute.Manifest {
  const t = getTranslator(DEFAULT_LOCALE);
  return {
    name: t("app.installName"),
    short_name: t("app.shortName"),
    description: t("app.tagline"),
    lang: DEFAULT_LOCALE,
    dir: textDirection(DEFAULT_LOCALE),
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: PAPER,
    theme_color: BRAND_GREEN,
    categories: ["shopping"],
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    ],
  };
}
