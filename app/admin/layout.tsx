import { BackOfficeShell } from "@/components/back-office/back-office-shell";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { getPublicSettings } from "@/lib/settings/get-public-settings";
import { smtpUrl } from "@/lib/notifications/mail-transport";
import { countUnreadOrderMessages } from "@/lib/orders/conversation/count-unread-order-messages";
import { countWaitingSupportRequests } from "@/lib/support/list-support-requests";
import { signOutAction } from "@/app/(auth)/sign-out/actions";

// The frame only: every page checks the role again (a layout is not a protection).
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireRole("/admin", "OPERATOR");
  const [{ locale, t }, unread, marketplace, support] = await Promise.all([
    getT(),
    countUnreadOrderMessages(actor),
    getPublicSettings(),
    countWaitingSupportRequests(actor),
  ]);
  const items = [
    { href: "/admin", label: t("admin.nav.overview") },
    { href: "/admin/sellers", label: t("admin.nav.sellers") },
    { href: "/admin/products", label: t("moderation.nav.products") },
    { href: "/admin/categories", label: t("sellers.nav.categories") },
    {
      href: "/admin/orders",
      label: t("admin.nav.orders"),
      badge: { count: unread.operator, label: t("conversation.unreadCount", { count: unread.operator }) },
    },
    { href: "/admin/reviews", label: t("admin.nav.reviews") },
    { href: "/admin/quality", label: t("admin.nav.quality") },
    {
      href: "/admin/support",
      label: t("admin.nav.support"),
      badge: { count: support.operator, label: t("support.badge.operator", { count: support.operator }) },
    },
    { href: "/admin/plans", label: t("admin.nav.plans") },
    { href: "/admin/ambassadors", label: t("admin.nav.ambassadors") },
    { href: "/admin/money", label: t("admin.nav.money") },
    { href: "/admin/settings", label: t("admin.nav.settings") },
    // Without SMTP, e-mails are kept in the development mailbox instead of being sent.
    ...(smtpUrl() ? [] : [{ href: "/admin/mailbox", label: t("admin.nav.mailbox") }]),
  ];
  return (
    <BackOfficeShell
      areaName={t("admin.areaName")}
      rootHref="/admin"
      items={items}
      actor={actor}
      signOut={signOutAction}
      locale={locale}
      marketplace={marketplace}
      t={t}
    >
      {children}
    </BackOfficeShell>
  );
}
