import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { CheckoutReview, CheckoutTotalsTable } from "@/components/checkout/checkout-summary";
import { CheckoutForm, type CheckoutFormLabels } from "@/components/checkout/checkout-form";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { CART_COOKIE } from "@/lib/cart/cart-owner";
import { CHECKOUT_DRAFT_COOKIE, NEW_ADDRESS, readCheckoutDraft } from "@/lib/checkout/checkout-draft";
import { getCheckoutView, type CheckoutView } from "@/lib/checkout/get-checkout-view";
import { getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { submitCheckout } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("checkout.title"), robots: { index: false } };
}

function destinationText(t: Translate, destination: CheckoutView["destination"]): string {
  if (destination.kind === "known") return t("checkout.address.destination", { place: destination.place });
  return destination.kind === "notFound"
    ? t("checkout.address.destinationNotFound")
    : t("checkout.address.destinationUnknown");
}

export default async function CheckoutPage() {
  const [actor, { locale, t }, jar] = await Promise.all([getActor(), getT(), cookies()]);
  const draft = readCheckoutDraft(jar.get(CHECKOUT_DRAFT_COOKIE)?.value);
  const view = await getCheckoutView(actor, jar.get(CART_COOKIE)?.value, draft);
  if (!view) redirect("/cart");

  const { totals, cart, blocker } = view;
  const addressNeeded = totals.deliveryAddressNeeded;
  const names = blocker ? new Intl.ListFormat(locale, { type: "conjunction" }).format(blocker.names) : "";
  const labels: CheckoutFormLabels = {
    contactTitle: t("checkout.contact.title"),
    email: t("checkout.contact.email"),
    emailHint: t("checkout.contact.emailHint"),
    signedInAs: actor ? t("checkout.contact.signedInAs", { email: actor.email }) : null,
    name: t("checkout.contact.name"),
    phone: t("checkout.contact.phone"),
    phoneHint: t(addressNeeded ? "checkout.contact.phoneHint" : "checkout.contact.phoneHintPickup"),
    addressTitle: t("checkout.address.title"),
    savedLegend: t("checkout.address.savedLegend"),
    newOption: t("checkout.address.newOption"),
    newLegend: t("checkout.address.newLegend"),
    recipient: t("checkout.address.name"),
    recipientHint: t("checkout.address.nameHint"),
    line1: t("checkout.address.line1"),
    line2: t("checkout.address.line2"),
    postalCode: t("checkout.address.postalCode"),
    city: t("checkout.address.city"),
    countryNote: t("checkout.address.countryNote"),
    save: t("checkout.address.save"),
    update: t("checkout.address.update"),
    updateHint: t("checkout.address.updateHint"),
    destination: destinationText(t, view.destination),
    reviewTitle: t("checkout.review.title"),
    totalsTitle: t("checkout.totals.title"),
    terms: t("checkout.terms.label"),
    termsLink: t("checkout.terms.link"),
    pay: t("checkout.pay", { amount: formatMoney(totals.totalAmount, cart.currency, locale) }),
    paying: t("checkout.paying"),
    payBlocked: blocker
      ? t("checkout.payBlocked", { reason: t(`checkout.errors.refusals.${blocker.reason}`, { names }) })
      : null,
  };
  const summaryProps = { totals, currency: cart.currency, locale, t };

  return (
    <>
      <PageHeader
        title={t("checkout.title")}
        description={t(addressNeeded ? "checkout.intro" : "checkout.introPickup")}
      />
      <CheckoutForm
        action={submitCheckout}
        labels={labels}
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
    </>
  );
}
