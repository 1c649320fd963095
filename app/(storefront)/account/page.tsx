import type { Metadata } from "next";
import Link from "next/link";
import { MyOrderCard } from "@/components/orders/my-order-card";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { secondaryButton, textLink } from "@/components/ui/styles";
import { requireSignedIn } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listMyOrders } from "@/lib/orders/list-my-orders";
import { BusinessBuyerForm } from "@/components/storefront/business-buyer-form";
import { getBusinessBuyer } from "@/lib/accounts/save-business-buyer";
import { saveBusinessBuyerAction } from "./business-actions";
import { SessionsSection } from "@/components/account/sessions-section";
import { changePasswordAction, signOutEverywhereAction } from "./session-actions";
import { PersonalDataSection } from "@/components/account/personal-data-section";
import { deleteAccountAction } from "./privacy-actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("account.title") };
}

const card = "block rounded-xl border border-stone-200 bg-white p-4 hover:bg-stone-50";
const LATEST_ORDERS = 3;

export default async function AccountPage() {
  const actor = await requireSignedIn("/account");
  const { locale, t } = await getT();
  const [latest, business] = await Promise.all([
    listMyOrders(actor, { limit: LATEST_ORDERS }),
    getBusinessBuyer(actor),
  ]);
  return (
    <>
      <PageHeader title={t("account.title")} />
      <nav aria-label={t("account.title")} className="mb-8 grid gap-4 sm:grid-cols-2 lg:max-w-3xl">
        <Link href="/account/orders" className={card}>
          <span className="block text-lg font-semibold text-brand-700">{t("orders.account.link")}</span>
          <span className="block text-stone-600">{t("orders.account.linkText")}</span>
        </Link>
        <Link href="/account/addresses" className={card}>
          <span className="block text-lg font-semibold text-brand-700">{t("checkout.addressBook.link")}</span>
          <span className="block text-stone-600">{t("checkout.addressBook.linkText")}</span>
        </Link>
      </nav>
      <Section id="latest-orders" title={t("orders.account.latestTitle")}>
        {latest.orders.length === 0 ? (
          <EmptyState headingLevel="h3" title={t("orders.account.emptyTitle")} text={t("orders.account.emptyText")}>
            <Link href="/#shops" className={secondaryButton}>
              {t("home.heroCta")}
            </Link>
          </EmptyState>
        ) : (
          <>
            <ul className="flex flex-col gap-4">
              {latest.orders.map((order) => (
                <li key={order.id}>
                  <MyOrderCard order={order} locale={locale} t={t} headingLevel="h3" />
                </li>
              ))}
            </ul>
            <p className="mt-4">
              <Link href="/account/orders" className={textLink}>
                {t("orders.account.seeAll")}
              </Link>
            </p>
          </>
        )}
      </Section>
      <div className="mt-8">
        <Section id="business" title={t("orders.business.title")}>
          <p className="mb-4 text-stone-700">{t("orders.business.text")}</p>
          <ClientMessages locale={locale} namespaces={["orders.business"]}>
            <BusinessBuyerForm
              action={saveBusinessBuyerAction}
              initial={{
                status: "idle",
                fieldErrors: {},
                values: {
                  isBusiness: business.isBusiness,
                  companyName: business.companyName ?? "",
                  vatNumber: business.vatNumber ?? "",
                },
              }}
            />
          </ClientMessages>
        </Section>
      </div>
      <div className="mt-8">
        <Section id="sessions" title={t("security.sessions.title")}>
          <SessionsSection
            locale={locale}
            t={t}
            signOutEverywhere={signOutEverywhereAction}
            changePassword={changePasswordAction}
          />
        </Section>
      </div>
      <div className="mt-8">
        <Section id="personal-data" title={t("security.privacy.title")}>
          <ClientMessages locale={locale} namespaces={["security.privacy"]}>
            <PersonalDataSection deleteAction={deleteAccountAction} />
          </ClientMessages>
        </Section>
      </div>
    </>
  );
}
