import Link from "next/link";
import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import { textLink } from "@/components/ui/styles";
import type { ProductForModeration } from "@/lib/catalog/moderation/list-products-for-moderation";
import type { FormAction } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";

type ModerationProductListProps = {
  products: ProductForModeration[];
  /** where the list is (filter, search, page): sent with the action so it comes back here */
  listState: Record<string, string>;
  unpublishAction: FormAction;
  /** lifts a moderation hold (docs/security.md, moderation) */
  liftHoldAction: FormAction;
  reasonMaxLength: number;
  locale: Locale;
  t: Translate;
};

const STATUS_TONE: Record<ProductForModeration["status"], string> = {
  ACTIVE: "bg-brand-100 text-brand-800",
  DRAFT: "bg-sky-100 text-sky-900",
  ARCHIVED: "bg-stone-200 text-stone-800",
};

function Thumbnail({ product, t }: { product: ProductForModeration; t: Translate }) {
  if (!product.thumbnail) {
    return (
      <span className="flex size-14 shrink-0 items-center justify-center rounded-lg bg-stone-100 text-center text-xs text-stone-500">
        {t("moderation.list.noThumbnail")}
      </span>
    );
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- uploaded files, already resized
    <img
      src={product.thumbnail.url}
      alt={product.thumbnail.alt}
      width={56}
      height={56}
      loading="lazy"
      className="size-14 shrink-0 rounded-lg object-cover"
    />
  );
}

function Status({ product, locale, t }: { product: ProductForModeration; locale: Locale; t: Translate }) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="flex flex-col items-start gap-1">
      <span
        className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-medium whitespace-nowrap ${STATUS_TONE[product.status]}`}
      >
        {t(`moderation.status.${product.status}`)}
      </span>
      {product.moderationReason ? (
        <div className="flex flex-col gap-0.5 text-sm">
          <span className="inline-block self-start rounded-full bg-red-100 px-2.5 py-0.5 font-medium whitespace-nowrap text-red-900">
            {t("moderation.list.moderated")}
          </span>
          {product.moderatedAt ? (
            <span className="text-stone-600">
              {t("moderation.list.moderatedOn", { date: date.format(product.moderatedAt) })}
            </span>
          ) : null}
          <span className="break-words whitespace-pre-wrap text-stone-800">
            {t("moderation.list.reason", { reason: product.moderationReason })}
          </span>
        </div>
      ) : null}
    </div>
  );
}

function ShopLink({ product, t }: { product: ProductForModeration; t: Translate }) {
  // The product's own public page comes later: the shop's page shows it among the others.
  return (
    <Link
      href={`/shops/${product.shop.slug}`}
      className={textLink}
      aria-label={t("moderation.list.shopLink", { shop: product.shop.name })}
    >
      {product.shop.name}
    </Link>
  );
}

function UnpublishForm({
  product,
  idPrefix,
  ...props
}: Omit<ModerationProductListProps, "products" | "locale"> & { product: ProductForModeration; idPrefix: string }) {
  const { t } = props;
  if (product.status !== "ACTIVE") return null;
  return (
    <ConfirmActionForm
      id={`${idPrefix}-${product.id}`}
      tone="danger"
      action={props.unpublishAction}
      hidden={{ productId: product.id, ...props.listState }}
      labels={{
        open: t("moderation.actions.unpublish"),
        confirmText: t("moderation.actions.unpublishConfirm", { title: product.title, shop: product.shop.name }),
        submit: t("moderation.actions.submit"),
        pending: t("moderation.actions.pending"),
      }}
      field={{
        name: "reason",
        label: t("moderation.actions.reasonLabel"),
        hint: t("moderation.actions.reasonHint"),
        maxLength: props.reasonMaxLength,
      }}
    />
  );
}

function LiftHoldForm({
  product,
  idPrefix,
  ...props
}: Omit<ModerationProductListProps, "products" | "locale"> & { product: ProductForModeration; idPrefix: string }) {
  const { t } = props;
  if (!product.moderationReason) return null;
  return (
    <ConfirmActionForm
      id={`${idPrefix}-${product.id}`}
      action={props.liftHoldAction}
      hidden={{ productId: product.id, ...props.listState }}
      labels={{
        open: t("security.review.moderation.lift"),
        confirmText: t("security.review.moderation.liftConfirm", { title: product.title, shop: product.shop.name }),
        submit: t("security.review.moderation.liftSubmit"),
        pending: t("moderation.actions.pending"),
      }}
    />
  );
}

/** Every product for the operator: a table from md up, cards on phones; online products can be taken offline. */
export function ModerationProductList({ products, locale, ...props }: ModerationProductListProps) {
  const { t } = props;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const price = (product: ProductForModeration) => formatMoney(product.priceAmount, product.currency, locale);
  return (
    <>
      <ul className="flex flex-col gap-3 md:hidden">
        {products.map((product) => (
          <li key={product.id} className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4">
            <div className="flex gap-3">
              <Thumbnail product={product} t={t} />
              <div className="flex min-w-0 flex-col gap-1">
                <h2 className="font-semibold break-words">{product.title}</h2>
                <ShopLink product={product} t={t} />
                <p className="text-sm text-stone-700">{price(product)}</p>
                <p className="text-sm text-stone-500">
                  {t("moderation.list.updatedOn", { date: date.format(product.updatedAt) })}
                </p>
              </div>
            </div>
            <Status product={product} locale={locale} t={t} />
            <UnpublishForm product={product} idPrefix="card-unpublish" {...props} />
            <LiftHoldForm product={product} idPrefix="card-lift" {...props} />
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-xl border border-stone-200 bg-white md:block">
        <table className="w-full text-start text-sm">
          <thead className="border-b border-stone-200 bg-stone-50 text-stone-700">
            <tr>
              <th scope="col" className="px-4 py-3 text-start font-semibold">
                {t("moderation.list.columns.product")}
              </th>
              <th scope="col" className="px-4 py-3 text-start font-semibold">
                {t("moderation.list.columns.shop")}
              </th>
              <th scope="col" className="px-4 py-3 text-end font-semibold">
                {t("moderation.list.columns.price")}
              </th>
              <th scope="col" className="px-4 py-3 text-start font-semibold">
                {t("moderation.list.columns.status")}
              </th>
              <th scope="col" className="px-4 py-3 text-start font-semibold">
                {t("moderation.list.columns.updated")}
              </th>
              <th scope="col" className="px-4 py-3 text-start font-semibold">
                {t("moderation.list.columns.actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {products.map((product) => (
              <tr key={product.id} className="border-b border-stone-100 align-top last:border-b-0">
                <th scope="row" className="px-4 py-3 text-start font-normal">
                  <div className="flex items-center gap-3">
                    <Thumbnail product={product} t={t} />
                    <span className="font-semibold break-words">{product.title}</span>
                  </div>
                </th>
                <td className="px-4 py-3">
                  <ShopLink product={product} t={t} />
                </td>
                <td className="px-4 py-3 text-end whitespace-nowrap">{price(product)}</td>
                <td className="max-w-xs px-4 py-3">
                  <Status product={product} locale={locale} t={t} />
                </td>
                <td className="px-4 py-3 whitespace-nowrap">
                  <time dateTime={product.updatedAt.toISOString()}>{date.format(product.updatedAt)}</time>
                </td>
                <td className="min-w-56 px-4 py-3">
                  {product.status === "ACTIVE" ? (
                    <UnpublishForm product={product} idPrefix="row-unpublish" {...props} />
                  ) : product.moderationReason ? (
                    <LiftHoldForm product={product} idPrefix="row-lift" {...props} />
                  ) : (
                    <span aria-hidden="true">—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

type PaginationProps = { page: number; pages: number; hrefOf: (page: number) => string; t: Translate };

export function ModerationPagination({ page, pages, hrefOf, t }: PaginationProps) {
  if (pages <= 1) return null;
  const linkClass =
    "inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-50";
  return (
    <nav
      aria-label={t("moderation.list.pagination")}
      className="mt-6 flex flex-wrap items-center justify-between gap-3"
    >
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} className={linkClass} rel="prev">
          {t("moderation.list.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-600">{t("moderation.list.page", { page, pages })}</span>
      {page < pages ? (
        <Link href={hrefOf(page + 1)} className={linkClass} rel="next">
          {t("moderation.list.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
