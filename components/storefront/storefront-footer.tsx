import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";

// Tap targets of 44 px on a phone (docs/i18n.md, "Phones").
const footerLink = "inline-flex min-h-11 items-center rounded-sm hover:underline";

export function StorefrontFooter({ t }: { t: Translate }) {
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8 md:flex-row md:justify-between">
        <div className="max-w-md">
          <p className="text-lg font-bold text-brand-700">{t("app.name")}</p>
          <p className="mt-1 text-sm text-stone-600">{t("footer.about")}</p>
        </div>
        <nav aria-label={t("footer.navLabel")}>
          <ul className="flex flex-col text-sm">
            <li>
              <Link href="/sign-up" className={footerLink}>
                {t("footer.openShop")}
              </Link>
            </li>
            <li>
              <Link href="/location" className={footerLink}>
                {t("header.location")}
              </Link>
            </li>
            <li>
              <Link href="/search" className={footerLink}>
                {t("search.title")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
