import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getT } from "@/lib/i18n/server";
import { getPublicSettings } from "@/lib/settings/get-public-settings";
import { textDirection } from "@/lib/i18n/config";
import manifest from "./manifest";
import { TestModeBanner } from "./test-mode-banner";
import "./globals.css";

const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

// Persian script (docs/i18n.md): Vazirmatn, only its Arabic-script file; the browser fetches it
// only when a page shows such letters (the unicode range), so French pages never download it.
const vazirmatn = localFont({
  src: "../node_modules/@fontsource-variable/vazirmatn/files/vazirmatn-arabic-wght-normal.woff2",
  variable: "--font-vazirmatn",
  display: "swap",
  preload: false,
  declarations: [{ prop: "unicode-range", value: "U+0600-06FF, U+0750-077F, U+200C-200F, U+FB50-FDFF, U+FE70-FEFF" }],
});

export async function generateMetadata(): Promise<Metadata> {
  const [{ t }, { name }] = await Promise.all([getT(), getPublicSettings()]);
  return {
    // The marketplace's own name (its settings), not Halle's.
    title: { default: name, template: `%s · ${name}` },
    description: t("app.tagline"),
    applicationName: name,
    // Files in public/, drawn by scripts/generate-icons.ts; the manifest is app/manifest.ts.
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "32x32" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: [{ url: "/apple-touch-icon.png", sizes: "180x180" }],
    },
    appleWebApp: { title: t("app.shortName") },
  };
}

// The browser's bar in the brand colour, as the manifest says for the installed app.
export const viewport: Viewport = { themeColor: manifest().theme_color };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale } = await getT();
  return (
    <html lang={locale} dir={textDirection(locale)} className={`${inter.variable} ${vazirmatn.variable}`}>
      <body className="min-h-dvh bg-stone-50 font-sans text-stone-900 antialiased">
        <TestModeBanner />
        {/* Every client component may use these namespaces; a page adds its own below. */}
        <ClientMessages locale={locale} namespaces={["common", "errors", "forms"]}>
          {children}
        </ClientMessages>
      </body>
    </html>
  );
}
