import type { Translate } from "@/lib/i18n/translate";
import { PRODUCT_KINDS } from "@/lib/catalog/product-schema";
import type { ProductFormLabels } from "./product-form";

/** The currency's sign in the viewer's locale ("€"), shown in the price labels. */
export function currencySign(currency: string, locale: string): string {
  return (
    new Intl.NumberFormat(locale, { style: "currency", currency })
      .formatToParts(0)
      .find((part) => part.type === "currency")?.value ?? currency
  );
}

/** The product form's texts in the viewer's language (server side). */
export function productFormLabels(
  t: Translate,
  {
    locale,
    currency,
    mode,
    currentStatus,
  }: { locale: string; currency: string; mode: "create" | "edit"; currentStatus?: string },
): ProductFormLabels {
  const sign = currencySign(currency, locale);
  const statuses = (["DRAFT", "ACTIVE", "ARCHIVED"] as const).filter(
    (status) => status !== "ARCHIVED" || currentStatus === "ARCHIVED",
  );
  return {
    contentTitle: t("products.form.contentTitle"),
    title: t("products.form.title"),
    counter: t("products.form.counter"),
    shortDescription: t("products.form.shortDescription"),
    shortDescriptionHint: t("products.form.shortDescriptionHint"),
    description: t("products.form.description"),
    descriptionHint: t("products.form.descriptionHint"),
    write: t("products.form.write"),
    preview: t("products.form.preview"),
    previewEmpty: t("products.form.previewEmpty"),
    previewLoading: t("products.form.previewLoading"),
    kind: t("products.form.kind"),
    kinds: PRODUCT_KINDS.map((kind) => ({ value: kind, label: t(`products.form.kinds.${kind}`) })),
    category: t("products.form.category"),
    categoryNone: t("products.form.categoryNone"),
    priceTitle: t("products.form.priceTitle"),
    price: t("products.form.price", { currency: sign }),
    priceHint: t("products.form.priceHint"),
    compareAtPrice: t("products.form.compareAtPrice", { currency: sign }),
    compareAtPriceHint: t("products.form.compareAtPriceHint"),
    estimatedPrice: t("products.form.estimatedPrice"),
    estimatedPriceHint: t("products.form.estimatedPriceHint"),
    priceUnit: t("products.form.priceUnit"),
    priceUnitHint: t("products.form.priceUnitHint"),
    stockTitle: t("products.form.stockTitle"),
    stockTracked: t("products.form.stockTracked"),
    stock: t("products.form.stock"),
    stockHint: t("products.form.stockHint"),
    hideWhenOutOfStock: t("products.form.hideWhenOutOfStock"),
    sku: t("products.form.sku"),
    skuHint: t("products.form.skuHint"),
    weightGrams: t("products.form.weightGrams"),
    shippingClass: t("products.form.shippingClass"),
    shippingClassNone: t("products.form.shippingClassNone"),
    statusTitle: t("products.form.statusTitle"),
    status: t("products.form.status"),
    statuses: statuses.map((status) => ({ value: status, label: t(`products.form.statuses.${status}`) })),
    statusHint: t("products.form.statusHint"),
    photos: t("products.form.photos"),
    photosHint: t("products.form.photosHint"),
    submit: mode === "create" ? t("products.form.create") : t("products.form.save"),
    saving: t("products.form.saving"),
  };
}
