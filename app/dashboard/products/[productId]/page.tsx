import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import { PhotoManager, type PhotoManagerLabels } from "@/components/products/photo-manager";
import { ProductForm } from "@/components/products/product-form";
import { productFormLabels } from "@/components/products/product-form-labels";
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
import type { Translate } from "@/lib/i18n/translate";
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

function photoLabels(t: Translate): PhotoManagerLabels {
  return {
    title: t("products.photos.title"),
    count: t("products.photos.count"),
    empty: t("products.photos.empty"),
    upload: t("products.photos.upload"),
    uploadHint: t("products.photos.uploadHint"),
    full: t("products.photos.full"),
    add: t("products.photos.add"),
    adding: t("products.photos.adding"),
    listLabel: t("products.photos.listLabel"),
    position: t("products.photos.position"),
    alt: t("products.photos.alt"),
    altHint: t("products.photos.altHint"),
    moveUp: t("products.photos.moveUp"),
    moveDown: t("products.photos.moveDown"),
    remove: t("products.photos.remove"),
    removeTitle: t("products.photos.removeTitle"),
    removeText: t("products.photos.removeText"),
    removeConfirm: t("products.photos.removeConfirm"),
    cancel: t("products.photos.cancel"),
    save: t("products.photos.save"),
  };
}

export default async function EditProductPage({ params, searchParams }: PageProps) {
  const { productId } = await params;
  const { created } = await searchParams;
  const actor = await requireRole(`/dashboard/products/${encodeURIComponent(productId)}`, "VENDOR");
  const { locale, t } = await getT();
  const product = await orNotFound(getProductForEditing(actor, productId, locale));
  const options = await getProductFormOptions(actor, product.shopId, locale);
  const online = product.status === "ACTIVE";
  return (
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
            <p className="mt-1">{t("products.editor.moderationText", { reason: product.moderationReason })}</p>
          </div>
        ) : null}
        <div className="mt-4">
          <ProductStatusForm
            action={setProductStatusAction.bind(null, product.id)}
            online={online}
            labels={{
              statusNow: t("products.editor.statusNow", { status: t(`products.form.statuses.${product.status}`) }),
              publish: t("products.editor.publish"),
              unpublish: t("products.editor.unpublish"),
            }}
          />
        </div>
      </div>

      <Section id="product-photos-section" title={t("products.photos.title")}>
        <PhotoManager
          photos={product.images}
          max={PRODUCT_LIMITS.images}
          labels={photoLabels(t)}
          addAction={addProductImagesAction.bind(null, product.id)}
          updateAction={updateProductImagesAction.bind(null, product.id)}
        />
      </Section>

      <Section id="product-details" title={t("products.form.contentTitle")}>
        <ProductForm
          key={`${product.status}`}
          action={updateProductAction.bind(null, product.id)}
          preview={previewMarkdownAction}
          labels={productFormLabels(t, {
            locale,
            currency: product.currency,
            mode: "edit",
            currentStatus: product.status,
          })}
          values={product.values}
          categories={options.categories}
          shippingClasses={options.shippingClasses}
          withPhotos={false}
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
  );
}
