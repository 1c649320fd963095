import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { ViewerLocation } from "@/lib/location/viewer-location";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { LogoLink } from "@/components/layout/logo-link";
import type { SignOutAction } from "@/components/layout/sign-out-button";
import { pluralForm } from "@/components/cart/plural-form";
import { AccountMenu } from "./account-menu";
import { CartIcon } from "./icons";
import { LocationLink } from "./location-link";
import { SearchForm } from "./search-form";

type StorefrontHeaderProps = {
  actor: Actor | null;
  cartCount: number;
  /** unread messages in the viewer's orders (docs/domain.md, conversation) */
  unreadMessages?: number;
  /** the viewer's chosen location, read by the layout */
  location: ViewerLocation | null;
  signOut: SignOutAction;
  locale: Locale;
  /** the marketplace's name and the languages it offers (its settings) */
  marketplace: { name: string; locales: readonly Locale[] };
  t: Translate;
};

export function StorefrontHeader({
  actor,
  cartCount,
  unreadMessages = 0,
  location,
  signOut,
  locale,
  marketplace,
  t,
}: StorefrontHeaderProps) {
  const search = {
    label: t("header.searchLabel"),
    placeholder: t("header.searchPlaceholder"),
    submitLabel: t("header.searchSubmit"),
  };
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 pt-2 text-sm">
        <LocationLink location={location} t={t} />
        <LanguageSwitcher locale={locale} locales={marketplace.locales} t={t} />
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 gap-y-3 px-4 py-3 sm:gap-x-4">
        <LogoLink name={marketplace.name} label={t("settings.public.homeLink", { name: marketplace.name })} />
        <div className="order-last w-full md:order-none md:w-auto md:flex-1">
          <SearchForm id="header-search" {...search} />
        </div>
        <div data-testid="header-end" className="ms-auto flex shrink-0 items-center gap-1 sm:gap-2 md:ms-0">
          <Link
            href="/cart"
            aria-label={
              cartCount > 0 ? t(`cart.headerLink.${pluralForm(locale, cartCount)}`, { count: cartCount }) : undefined
            }
            className="inline-flex min-h-11 items-center gap-2 rounded-lg px-2 font-medium hover:bg-stone-100"
          >
            <CartIcon />
            <span className="sr-only sm:not-sr-only">{t("header.cart")}</span>
            {cartCount > 0 ? (
              <span
                aria-hidden="true"
                data-testid="cart-count"
                className="min-w-6 rounded-full bg-brand-700 px-1.5 text-center text-sm font-semibold text-white"
              >
                {cartCount > 99 ? "99+" : cartCount}
              </span>
            ) : null}
          </Link>
          <AccountMenu actor={actor} signOut={signOut} t={t} unreadOrders={unreadMessages} />
        </div>
      </div>
    </header>
  );
}
