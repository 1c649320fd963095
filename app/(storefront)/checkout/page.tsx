import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { CheckoutReview, CheckoutTotalsTable } from "@/components/checkout/checkout-summary";
import { CheckoutForm } from "@/components/checkout/checkout-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { CART_COOKIE } from "@/lib/cart/cart-owner";
import { CHECKOUT_DRAFT_COOKIE, NEW_ADDRESS, readCheckoutDraft } from "@/lib/checkout/checkout-draft";
import { getCheckoutView } from "@/lib/checkout/get-checkout-view";
import { getT } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/money/format-money";
import { submitCheckout } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("checkout.title"), robots: { index: false } };
}

// What the checkout form translates for itself (the address fields' words included).
const CHECKOUT_FORM_MESSAGES = [
  "checkout.contact",
  "checkout.address",
  "checkout.review.title",
  "checkout.totals.title",
  "checkout.terms.label",
  "checkout.terms.link",
  "checkout.pay",
  "checkout.paying",
  "checkout.payBlocked",
  "checkout.errors.refusals",
];

export default async function CheckoutPage() {
  const [actor, { locale, t }, jar] = await Promise.all([getActor(), getT(), cookies()]);
  const draft = readCheckoutDraft(jar.get(CHECKOUT_DRAFT_COOKIE)?.value);
  const view = await getCheckoutView(actor, jar.get(CART_COOKIE)?.value, draft);
  if (!view) redirect("/cart");

  const { totals, cart, blocker } = view;
  const addressNeeded = totals.deliveryAddressNeeded;
  const summaryProps = { totals, currency: cart.currency, locale, t };

  return (
    <>
      <PageHeader
        title={t("checkout.title")}
        description={t(addressNeeded ? "checkout.intro" : "checkout.introPickup")}
      />
      <ClientMessages locale={locale} namespaces={CHECKOUT_FORM_MESSAGES}>
        <CheckoutForm
          action={submitCheckout}
          signedInEmail={actor?.email ?? null}
          destination={view.destination}
          payAmount={formatMoney(totals.totalAmount, cart.currency, locale)}
          blocker={blocker}
          initial={{
            status: "idle",
            fieldErrors: {},
            values: { ...draft, name: draft.name || actor?.name || "", termsAccepted: false },
          }}
          idempotencyKey={randomUUID()}
          expectedTotalAmount={totals.totalAmount}
          savedAddresses={view.savedAddresses.map((a) => ({
            id: a.id,
            label: [a.name, a.line1, a.line2, `${a.postalCode} ${a.city}`].filter(Boolean).join(", "),
          }))}
          selectedAddressId={view.selectedAddressId}
          newAddressValue={NEW_ADDRESS}
          addressNeeded={addressNeeded}
          review={<CheckoutReview {...summaryProps} />}
          totals={<CheckoutTotalsTable {...summaryProps} />}
        />
      </ClientMessages>
    </>
  );
}
