import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import { PhotoManager } from "@/components/products/photo-manager";
import { ProductForm } from "@/components/products/product-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ProductStatusForm } from "@/components/products/product-status-form";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { PRODUCT_LIMITS } from "@/lib/catalog/product-schema";
import { getProductForEditing } from "@/lib/catalog/products/get-product-for-editing";
import { getProductFormOptions } from "@/lib/catalog/products/get-product-form-options";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/or-not-found";
import { previewMarkdownAction } from "../new/actions";
import {
  addProductImagesAction,
  deleteProductAction,
  setProductStatusAction,
  updateProductAction,
  updateProductImagesAction,
} from "./actions";

type PageProps = { params: Promise<{ productId: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("dashboard.nav.products") };
}

export default async function EditProductPage({ params, searchParams }: PageProps) {
  const { productId } = await params;
  const { created } = await searchParams;
  const actor = await requireRole(`/dashboard/products/${encodeURIComponent(productId)}`, "VENDOR");
  const { locale, t } = await getT();
  const product = await orNotFound(getProductForEditing(actor, productId, locale));
  const options = await getProductFormOptions(actor, product.shopId, locale);
  return (
    <ClientMessages
      locale={locale}
      namespaces={[
        "products.form",
        "products.photos",
        "products.editor.statusNow",
        "products.editor.publish",
        "products.editor.unpublish",
      ]}
    >
      <div className="flex max-w-3xl flex-col gap-8">
        <div>
          <p className="mb-2 flex flex-wrap gap-x-4 gap-y-1">
            <Link href="/dashboard/products" className={textLink}>
              {t("products.editor.back")}
            </Link>
            <Link href={`/shops/${product.shopSlug}`} className={textLink}>
              {t("products.editor.viewPublic")}
            </Link>
          </p>
          <PageHeader title={t("products.editor.editTitle", { title: product.values.title })} />
          {created ? <FormMessage success={t("products.form.saved")} /> : null}
          {product.moderationReason ? (
            <div role="note" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4">
              <p className="font-semibold">{t("products.editor.moderationTitle")}</p>
              <p className="mt-1">{t("security.review.moderation.heldText", { reason: product.moderationReason })}</p>
            </div>
          ) : null}
          <div className="mt-4">
            <ProductStatusForm
              action={setProductStatusAction.bind(null, product.id)}
              status={product.status}
              held={product.moderationReason !== null}
            />
          </div>
        </div>

        <Section id="product-photos-section" title={t("products.photos.title")}>
          <PhotoManager
            photos={product.images}
            max={PRODUCT_LIMITS.images}
            addAction={addProductImagesAction.bind(null, product.id)}
            updateAction={updateProductImagesAction.bind(null, product.id)}
          />
        </Section>

        <Section id="product-details" title={t("products.form.contentTitle")}>
          <ProductForm
            key={`${product.status}`}
            action={updateProductAction.bind(null, product.id)}
            preview={previewMarkdownAction}
            currency={product.currency}
            mode="edit"
            values={product.values}
            held={product.moderationReason !== null}
            categories={options.categories}
            shippingClasses={options.shippingClasses}
          />
        </Section>

        <Section id="product-delete" title={t("products.editor.deleteTitle")}>
          <ConfirmActionForm
            id="delete-product"
            action={deleteProductAction.bind(null, product.id)}
            hidden={{}}
            tone="danger"
            labels={{
              open: t("products.editor.delete"),
              confirmText: t("products.editor.deleteText"),
              submit: t("products.editor.deleteConfirm"),
              pending: t("products.form.saving"),
            }}
          />
        </Section>
      </div>
    </ClientMessages>
  );
}
