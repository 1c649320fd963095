import type { Metadata } from "next";
import Link from "next/link";
import { CartTotals } from "@/components/cart/cart-totals";
import { pluralForm } from "@/components/cart/plural-form";
import { RemovedLineNotice } from "@/components/cart/removed-line-notice";
import { PaymentNotice } from "@/components/payments/payment-notice";
import { ShopCartSection } from "@/components/cart/shop-cart-section";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { secondaryButton } from "@/components/ui/styles";
import { getActor } from "@/lib/auth/session";
import { readCartOwner } from "@/lib/cart/cart-cookie";
import { loadCart } from "@/lib/cart/load-cart";
import { MAX_LINE_QUANTITY } from "@/lib/cart/schemas";
import { summarizeCart } from "@/lib/cart/summarize-cart";
import { getT } from "@/lib/i18n/server";
import { getViewerLocation } from "@/lib/location/get-viewer-location";
import {
  removeCartLineAction,
  setShopDeliveryAction,
  setShopNoteAction,
  undoRemoveAction,
  updateCartLineAction,
} from "./actions";

const CART_ACTIONS = {
  updateLine: updateCartLineAction,
  removeLine: removeCartLineAction,
  setDelivery: setShopDeliveryAction,
  setNote: setShopNoteAction,
};

const LINE_QUANTITY_MESSAGES = ["cart.line.quantityOf", "cart.line.update", "cart.line.updating", "cart.line.updateOf"];

type CartPageProps = {
  searchParams: Promise<{ removed?: string | string[]; quantity?: string | string[]; payment?: string | string[] }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("cart.title"), robots: { index: false } };
}

/** ?removed=<productId>&quantity=<n>: the line just removed, to offer an undo. */
function removedLine(params: Awaited<CartPageProps["searchParams"]>): { productId: string; quantity: number } | null {
  const productId = typeof params.removed === "string" ? params.removed : "";
  const quantity = Number(typeof params.quantity === "string" ? params.quantity : "");
  if (
    !/^[a-z0-9]{1,64}$/i.test(productId) ||
    !Number.isInteger(quantity) ||
    quantity < 1 ||
    quantity > MAX_LINE_QUANTITY
  )
    return null;
  return { productId, quantity };
}

export default async function CartPage({ searchParams }: CartPageProps) {
  const [{ locale, t }, actor, viewer, params] = await Promise.all([
    getT(),
    getActor(),
    getViewerLocation(),
    searchParams,
  ]);
  const owner = await readCartOwner(actor);
  // The courier's radius is measured from the viewer's chosen location until checkout knows the address.
  const cart = owner ? await loadCart(owner, viewer ? { lat: viewer.latitude, lng: viewer.longitude } : null) : null;
  const removed = removedLine(params);

  if (!cart || cart.groups.length === 0) {
    return (
      <>
        <PageHeader title={t("cart.title")} />
        <PaymentNotice payment={params.payment} t={t} />
        {removed ? <RemovedLineNotice {...removed} undo={undoRemoveAction} t={t} /> : null}
        <EmptyState title={t("cart.emptyTitle")} text={t("cart.emptyText")}>
          <Link href="/search" className={secondaryButton}>
            {t("cart.emptyCta")}
          </Link>
        </EmptyState>
      </>
    );
  }

  const summary = summarizeCart(cart);
  return (
    <>
      <PageHeader
        title={t("cart.title")}
        description={t(`cart.itemCount.${pluralForm(locale, cart.itemCount)}`, { count: cart.itemCount })}
      />
      <PaymentNotice payment={params.payment} t={t} />
      {removed ? <RemovedLineNotice {...removed} undo={undoRemoveAction} t={t} /> : null}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        {/* The lines' quantity forms translate for themselves (line-quantity-form.tsx). */}
        <ClientMessages locale={locale} namespaces={LINE_QUANTITY_MESSAGES}>
          <div className="flex flex-col gap-6">
            {cart.groups.map((group, index) => (
              <ShopCartSection
                key={group.shopId}
                group={group}
                actions={CART_ACTIONS}
                summary={summary.shops[index]}
                currency={cart.currency}
                locale={locale}
                t={t}
              />
            ))}
          </div>
        </ClientMessages>
        <CartTotals summary={summary} currency={cart.currency} locale={locale} t={t} />
      </div>
    </>
  );
}
