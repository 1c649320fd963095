import { BackOfficeShell } from "@/components/back-office/back-office-shell";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

// The frame only: every page checks the role again (a layout is not a protection).
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireRole("/dashboard", "VENDOR");
  const { locale, t } = await getT();
  const items = [
    { href: "/dashboard", label: t("dashboard.nav.overview") },
    { href: "/dashboard/products", label: t("dashboard.nav.products") },
    { href: "/dashboard/orders", label: t("dashboard.nav.orders") },
    { href: "/dashboard/money", label: t("dashboard.nav.money") },
    { href: "/dashboard/settings", label: t("dashboard.nav.settings") },
  ];
  return (
    <BackOfficeShell areaName={t("dashboard.areaName")} rootHref="/dashboard" items={items} actor={actor} locale={locale} t={t}>
      {children}
    </BackOfficeShell>
  );
}
