import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { LogoLink } from "@/components/layout/logo-link";
import { SignOutButton, type SignOutAction } from "@/components/layout/sign-out-button";
import { SkipLink } from "@/components/layout/skip-link";
import { BackOfficeNav, type BackOfficeNavItem } from "./back-office-nav";

type BackOfficeShellProps = {
  areaName: string;
  rootHref: string;
  items: BackOfficeNavItem[];
  actor: Actor;
  signOut: SignOutAction;
  locale: Locale;
  /** the marketplace's name and the languages it offers (its settings) */
  marketplace: { name: string; locales: readonly Locale[] };
  t: Translate;
  children: React.ReactNode;
};

/** The vendor dashboard's and the admin area's frame: top bar, section navigation, content. */
export function BackOfficeShell({
  areaName,
  rootHref,
  items,
  actor,
  signOut,
  locale,
  marketplace,
  t,
  children,
}: BackOfficeShellProps) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink label={t("common.skipToContent")} />
      <header className="border-b border-stone-200 bg-white print:hidden">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <LogoLink name={marketplace.name} label={t("settings.public.homeLink", { name: marketplace.name })} />
          <span className="text-sm font-medium text-stone-600">{areaName}</span>
          <div className="ms-auto flex flex-wrap items-center gap-2 text-sm">
            <Link href="/" className="hidden rounded-md px-2 py-2 hover:bg-stone-100 sm:inline">
              {t("backOffice.storefrontLink")}
            </Link>
            <span className="max-w-[10rem] truncate font-medium">{actor.name}</span>
            <SignOutButton
              action={signOut}
              label={t("header.signOut")}
              className="rounded-md px-2 py-2 hover:bg-stone-100"
            />
            <LanguageSwitcher locale={locale} locales={marketplace.locales} t={t} />
          </div>
        </div>
      </header>
      <div className="flex flex-1 flex-col md:flex-row">
        <BackOfficeNav label={t("backOffice.navLabel")} items={items} rootHref={rootHref} />
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 focus:outline-none md:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
