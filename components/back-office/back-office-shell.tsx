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
          {/* On a phone the area's name goes to a row of its own: the logo and the account keep to one. */}
          <span className="order-last w-full text-sm font-medium text-stone-600 sm:order-none sm:w-auto">
            {areaName}
          </span>
          <div data-testid="header-end" className="ms-auto flex items-center gap-1 text-sm sm:gap-2">
            <Link href="/" className="hidden min-h-11 items-center rounded-md px-2 hover:bg-stone-100 sm:inline-flex">
              {t("backOffice.storefrontLink")}
            </Link>
            <span className="hidden max-w-[10rem] truncate font-medium sm:inline">{actor.name}</span>
            <SignOutButton
              action={signOut}
              label={t("header.signOut")}
              className="min-h-11 rounded-md px-2 whitespace-nowrap hover:bg-stone-100"
            />
            <LanguageSwitcher locale={locale} locales={marketplace.locales} t={t} />
          </div>
        </div>
      </header>
      <div className="flex flex-1 flex-col md:flex-row">
        <BackOfficeNav
          label={t("backOffice.navLabel")}
          loadingLabel={t("common.loading")}
          items={items}
          rootHref={rootHref}
        />
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 focus:outline-none md:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
