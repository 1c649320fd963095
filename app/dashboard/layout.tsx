import { BackOfficeShell } from "@/components/back-office/back-office-shell";
import { ShopStatusBanner } from "@/components/dashboard/shop-status-banner";
import { ShopSwitcher } from "@/components/dashboard/shop-switcher";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { getPublicSettings } from "@/lib/settings/get-public-settings";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";
import { listMyShops } from "@/lib/shops/list-my-shops";
import { countUnreadOrderMessages } from "@/lib/orders/conversation/count-unread-order-messages";
import { countWaitingSupportRequests } from "@/lib/support/list-support-requests";
import { signOutAction } from "@/app/(auth)/sign-out/actions";
import { switchShop } from "./actions";

// The frame only: every page checks the role again (a layout is not a protection).
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireRole("/dashboard", "VENDOR");
  const [{ locale, t }, marketplace] = await Promise.all([getT(), getPublicSettings()]);
  const [shops, current, unread, support] = await Promise.all([
    listMyShops(actor),
    getDashboardShop(actor),
    countUnreadOrderMessages(actor),
    countWaitingSupportRequests(actor),
  ]);
  const items = [
    { href: "/dashboard", label: t("dashboard.nav.overview") },
    { href: "/dashboard/products", label: t("dashboard.nav.products") },
    {
      href: "/dashboard/orders",
      label: t("dashboard.nav.orders"),
      badge: { count: unread.vendor, label: t("conversation.unreadCount", { count: unread.vendor }) },
    },
    { href: "/dashboard/reviews", label: t("dashboard.nav.reviews") },
    { href: "/dashboard/quality", label: t("dashboard.nav.quality") },
    { href: "/dashboard/money", label: t("dashboard.nav.money") },
    { href: "/dashboard/plan", label: t("dashboard.nav.plan") },
    { href: "/dashboard/rates", label: t("dashboard.nav.rates") },
    { href: "/dashboard/settings", label: t("dashboard.nav.settings") },
    {
      href: "/dashboard/support",
      label: t("dashboard.nav.support"),
      badge: { count: support.vendor, label: t("support.badge.vendor", { count: support.vendor }) },
    },
  ];
  return (
    <BackOfficeShell
      areaName={t("dashboard.areaName")}
      rootHref="/dashboard"
      items={items}
      actor={actor}
      signOut={signOutAction}
      locale={locale}
      marketplace={marketplace}
      t={t}
    >
      {shops.length > 0 ? (
        <ShopSwitcher
          action={switchShop}
          shops={shops}
          currentShopId={current?.id ?? null}
          labels={{
            label: t("dashboard.switcher.label"),
            submit: t("dashboard.switcher.submit"),
            newShop: t("dashboard.switcher.newShop"),
          }}
        />
      ) : null}
      {current ? <ShopStatusBanner shop={current} t={t} /> : null}
      {children}
    </BackOfficeShell>
  );
}
