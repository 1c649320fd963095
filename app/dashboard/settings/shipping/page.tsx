import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { primaryButton, textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/money/format-money";
import { formatMoneyInput } from "@/lib/money/parse-money";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";
import { getShippingPolicy } from "@/lib/shops/shipping-classes/get-shipping-policy";
import { listShippingClasses } from "@/lib/shops/shipping-classes/list-shipping-classes";
import { PAID_DELIVERY_METHODS, SHIPPING_FEE_CURRENCY } from "@/lib/shops/shipping-classes/schema";
import { pluralForm } from "../../products/plural";
import {
  createShippingClassAction,
  deleteShippingClassAction,
  updateShippingClassAction,
  updateShippingPolicyAction,
} from "./actions";
import { DeleteShippingClassForm } from "./delete-shipping-class-form";
import { ShippingClassForm } from "./shipping-class-form";
import { ShippingPolicyForm } from "./shipping-policy-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("productList.shipping.title") };
}

/** The current shop's shipping classes: list, add, edit, delete. */
export default async function ShippingClassesPage() {
  const actor = await requireRole("/dashboard/settings/shipping", "VENDOR");
  const { locale, t } = await getT();
  const shop = await getDashboardShop(actor);
  if (!shop) {
    return (
      <>
        <PageHeader title={t("productList.shipping.title")} />
        <EmptyState title={t("productList.noShopTitle")} text={t("productList.noShopText")}>
          <Link href="/dashboard/shops/new" className={primaryButton}>
            {t("productList.createShop")}
          </Link>
        </EmptyState>
      </>
    );
  }
  const [classes, policy] = await Promise.all([listShippingClasses(actor, shop.id), getShippingPolicy(actor, shop.id)]);
  const methodLabel = {
    LOCAL_COURIER: t("productList.shipping.localCourierFee"),
    POSTAL: t("productList.shipping.postalFee"),
  } as const;
  const feeInput = (amount: number | undefined) =>
    amount === undefined ? "" : formatMoneyInput(amount, locale, SHIPPING_FEE_CURRENCY);

  return (
    <ClientMessages locale={locale} namespaces={["productList.shipping"]}>
      <PageHeader
        title={t("productList.shipping.title")}
        description={t("productList.shipping.intro", { shop: shop.name })}
      />
      <p className="mb-4">
        <Link href="/dashboard/settings" className={textLink}>
          {t("productList.shipping.back")}
        </Link>
      </p>
      {classes.length === 0 ? (
        <EmptyState title={t("productList.shipping.emptyTitle")} text={t("productList.shipping.emptyText")} />
      ) : (
        <ul aria-label={t("productList.shipping.listLabel")} className="grid max-w-3xl gap-3">
          {classes.map((shippingClass) => (
            <li key={shippingClass.id} className="rounded-xl border border-stone-200 bg-white p-4">
              <h2 className="text-lg font-semibold">{shippingClass.name}</h2>
              <ul className="mt-1 text-stone-700">
                <li>{t("productList.shipping.clickAndCollectFree")}</li>
                {PAID_DELIVERY_METHODS.map((method) => {
                  const amount = shippingClass.fees[method];
                  const fee =
                    amount === undefined
                      ? t("productList.shipping.notOffered")
                      : formatMoney(amount, SHIPPING_FEE_CURRENCY, locale);
                  return <li key={method}>{t("productList.shipping.fee", { method: methodLabel[method], fee })}</li>;
                })}
              </ul>
              <p className="mt-1 text-sm text-stone-600">
                {t(`productList.shipping.usedBy.${pluralForm(locale, shippingClass.productCount)}`, {
                  count: shippingClass.productCount,
                })}
              </p>
              <div className="mt-2 flex flex-col gap-2">
                <details>
                  <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-lg font-medium text-brand-700 underline underline-offset-2">
                    {t("productList.shipping.editFor", { name: shippingClass.name })}
                  </summary>
                  <div className="mt-2">
                    <ShippingClassForm
                      idPrefix={`class-${shippingClass.id}`}
                      action={updateShippingClassAction.bind(null, shippingClass.id)}
                      mode="edit"
                      defaults={{
                        name: shippingClass.name,
                        localCourierFee: feeInput(shippingClass.fees.LOCAL_COURIER),
                        postalFee: feeInput(shippingClass.fees.POSTAL),
                      }}
                    />
                  </div>
                </details>
                <DeleteShippingClassForm
                  action={deleteShippingClassAction.bind(null, shippingClass.id)}
                  name={shippingClass.name}
                  productCount={shippingClass.productCount}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      <section
        aria-labelledby="shipping-policy"
        className="mb-6 max-w-3xl rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="shipping-policy" className="text-lg font-semibold">
          {t("productList.shipping.policy.title")}
        </h2>
        <p className="mb-3 text-stone-700">{t("productList.shipping.policy.intro")}</p>
        <ShippingPolicyForm
          action={updateShippingPolicyAction.bind(null, shop.id)}
          defaults={{
            shippingFeeMode: policy.shippingFeeMode,
            freeShippingThreshold:
              policy.freeShippingThresholdAmount === null ? "" : feeInput(policy.freeShippingThresholdAmount),
          }}
        />
      </section>
      <section
        aria-labelledby="add-shipping-class"
        className="mt-6 max-w-3xl rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="add-shipping-class" className="mb-3 text-lg font-semibold">
          {t("productList.shipping.addTitle")}
        </h2>
        <ShippingClassForm idPrefix="new-class" action={createShippingClassAction.bind(null, shop.id)} mode="create" />
      </section>
    </ClientMessages>
  );
}
