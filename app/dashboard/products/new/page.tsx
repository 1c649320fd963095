import type { Metadata } from "next";
import Link from "next/link";
import { ProductForm, EMPTY_PRODUCT } from "@/components/products/product-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { primaryButton, textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getProductFormOptions } from "@/lib/catalog/products/get-product-form-options";
import { getT } from "@/lib/i18n/server";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";
import { createProductAction, previewMarkdownAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("products.editor.newTitle") };
}

export default async function NewProductPage() {
  const actor = await requireRole("/dashboard/products/new", "VENDOR");
  const { locale, t } = await getT();
  const shop = await getDashboardShop(actor);
  if (!shop) {
    return (
      <>
        <PageHeader title={t("products.editor.newTitle")} />
        <EmptyState title={t("products.editor.noShop")}>
          <Link href="/dashboard/shops/new" className={primaryButton}>
            {t("dashboard.overview.createShop")}
          </Link>
        </EmptyState>
      </>
    );
  }
  const options = await getProductFormOptions(actor, shop.id, locale);
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/dashboard/products" className={textLink}>
          {t("products.editor.back")}
        </Link>
      </p>
      <PageHeader
        title={t("products.editor.newTitle")}
        description={t("products.editor.newDescription", { shop: shop.name })}
      />
      <ClientMessages locale={locale} namespaces={["products.form"]}>
        <ProductForm
          action={createProductAction.bind(null, shop.id)}
          preview={previewMarkdownAction}
          currency="EUR"
          mode="create"
          values={EMPTY_PRODUCT}
          categories={options.categories}
          shippingClasses={options.shippingClasses}
        />
      </ClientMessages>
    </div>
  );
}
