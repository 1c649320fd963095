import { SkipLink } from "@/components/layout/skip-link";
import { StorefrontFooter } from "@/components/storefront/storefront-footer";
import { StorefrontHeader } from "@/components/storefront/storefront-header";
import { getActor } from "@/lib/auth/session";
import { readCartOwner } from "@/lib/cart/cart-cookie";
import { countCartItems } from "@/lib/cart/count-cart-items";
import { getT } from "@/lib/i18n/server";
import { getViewerLocation } from "@/lib/location/get-viewer-location";
import { getPublicSettings } from "@/lib/settings/get-public-settings";
import { countUnreadOrderMessages } from "@/lib/orders/conversation/count-unread-order-messages";
import { signOutAction } from "@/app/(auth)/sign-out/actions";

export default async function StorefrontLayout({ children }: { children: React.ReactNode }) {
  const [{ locale, t }, actor, location, marketplace] = await Promise.all([
    getT(),
    getActor(),
    getViewerLocation(),
    getPublicSettings(),
  ]);
  const [cartCount, unread] = await Promise.all([
    readCartOwner(actor).then(countCartItems),
    countUnreadOrderMessages(actor),
  ]);
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink label={t("common.skipToContent")} />
      <StorefrontHeader
        actor={actor}
        cartCount={cartCount}
        unreadMessages={unread.shopper}
        location={location}
        signOut={signOutAction}
        locale={locale}
        marketplace={marketplace}
        t={t}
      />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <StorefrontFooter t={t} />
    </div>
  );
}
