import en from "./messages/en.json";
import fr from "./messages/fr.json";
import formsEn from "./messages/forms.en.json";
import formsFr from "./messages/forms.fr.json";
import onboardingEn from "./messages/onboarding.en.json";
import onboardingFr from "./messages/onboarding.fr.json";
import sellersEn from "./messages/sellers.en.json";
import sellersFr from "./messages/sellers.fr.json";
import shopPageEn from "./messages/shopPage.en.json";
import shopPageFr from "./messages/shopPage.fr.json";
import productsEn from "./messages/products.en.json";
import productsFr from "./messages/products.fr.json";
import productListEn from "./messages/productList.en.json";
import productListFr from "./messages/productList.fr.json";
import catalogImportEn from "./messages/catalogImport.en.json";
import catalogImportFr from "./messages/catalogImport.fr.json";
import moderationEn from "./messages/moderation.en.json";
import moderationFr from "./messages/moderation.fr.json";
import productPageEn from "./messages/productPage.en.json";
import productPageFr from "./messages/productPage.fr.json";
import discoveryEn from "./messages/discovery.en.json";
import discoveryFr from "./messages/discovery.fr.json";
import searchPageEn from "./messages/search.en.json";
import searchPageFr from "./messages/search.fr.json";
import ordersEn from "./messages/orders.en.json";
import ordersFr from "./messages/orders.fr.json";
import cartEn from "./messages/cart.en.json";
import cartFr from "./messages/cart.fr.json";
import checkoutEn from "./messages/checkout.en.json";
import checkoutFr from "./messages/checkout.fr.json";
import conversationEn from "./messages/conversation.en.json";
import conversationFr from "./messages/conversation.fr.json";
import paymentsEn from "./messages/payments.en.json";
import paymentsFr from "./messages/payments.fr.json";
import feesEn from "./messages/fees.en.json";
import feesFr from "./messages/fees.fr.json";
import settingsEn from "./messages/settings.en.json";
import settingsFr from "./messages/settings.fr.json";
import plansEn from "./messages/plans.en.json";
import plansFr from "./messages/plans.fr.json";
import billingEn from "./messages/billing.en.json";
import billingFr from "./messages/billing.fr.json";
import ratesEn from "./messages/rates.en.json";
import ratesFr from "./messages/rates.fr.json";
import ambassadorsEn from "./messages/ambassadors.en.json";
import ambassadorsFr from "./messages/ambassadors.fr.json";
import moneyEn from "./messages/money.en.json";
import moneyFr from "./messages/money.fr.json";
import adminMoneyEn from "./messages/adminMoney.en.json";
import adminMoneyFr from "./messages/adminMoney.fr.json";
import statementsEn from "./messages/statements.en.json";
import statementsFr from "./messages/statements.fr.json";
import payoutsEn from "./messages/payouts.en.json";
import payoutsFr from "./messages/payouts.fr.json";
import payoutRunEn from "./messages/payoutRun.en.json";
import payoutRunFr from "./messages/payoutRun.fr.json";
import sepaEn from "./messages/sepa.en.json";
import sepaFr from "./messages/sepa.fr.json";
import reviewsEn from "./messages/reviews.en.json";
import reviewsFr from "./messages/reviews.fr.json";
import qualityEn from "./messages/quality.en.json";
import qualityFr from "./messages/quality.fr.json";
import supportEn from "./messages/support.en.json";
import supportFr from "./messages/support.fr.json";
import overviewEn from "./messages/overview.en.json";
import overviewFr from "./messages/overview.fr.json";
import ratingsEn from "./messages/ratings.en.json";
import ratingsFr from "./messages/ratings.fr.json";
import type { Locale } from "./config";
import { createTranslator, type Messages, type Translate } from "./translate";

// One base catalogue per locale plus one file per area, each mounted under its own top-level key
// ("onboarding.profile.title" lives in onboarding.fr.json as profile.title). One line per area.
const CATALOGUES: Record<Locale, Messages> = {
  fr: {
    ...fr,
    forms: formsFr,
    onboarding: onboardingFr,
    sellers: sellersFr,
    shopPage: shopPageFr,
    products: productsFr,
    productList: productListFr,
    catalogImport: catalogImportFr,
    moderation: moderationFr,
    productPage: productPageFr,
    discovery: discoveryFr,
    searchPage: searchPageFr,
    orders: ordersFr,
    cart: cartFr,
    checkout: checkoutFr,
    payments: paymentsFr,
    conversation: conversationFr,
    fees: feesFr,
    settings: settingsFr,
    plans: plansFr,
    billing: billingFr,
    rates: ratesFr,
    ambassadors: ambassadorsFr,
    money: moneyFr,
    adminMoney: adminMoneyFr,
    statements: statementsFr,
    payouts: payoutsFr,
    payoutRun: payoutRunFr,
    sepa: sepaFr,
    reviews: reviewsFr,
    quality: qualityFr,
    support: supportFr,
    overview: overviewFr,
    ratings: ratingsFr,
  },
  en: {
    ...en,
    forms: formsEn,
    onboarding: onboardingEn,
    sellers: sellersEn,
    shopPage: shopPageEn,
    products: productsEn,
    productList: productListEn,
    catalogImport: catalogImportEn,
    moderation: moderationEn,
    productPage: productPageEn,
    discovery: discoveryEn,
    searchPage: searchPageEn,
    orders: ordersEn,
    cart: cartEn,
    checkout: checkoutEn,
    payments: paymentsEn,
    conversation: conversationEn,
    fees: feesEn,
    settings: settingsEn,
    plans: plansEn,
    billing: billingEn,
    rates: ratesEn,
    ambassadors: ambassadorsEn,
    money: moneyEn,
    adminMoney: adminMoneyEn,
    statements: statementsEn,
    payouts: payoutsEn,
    payoutRun: payoutRunEn,
    sepa: sepaEn,
    reviews: reviewsEn,
    quality: qualityEn,
    support: supportEn,
    overview: overviewEn,
    ratings: ratingsEn,
  },
};

export function getMessages(locale: Locale): Messages {
  return CATALOGUES[locale];
}

// One translator per locale for the process: the catalogues never change while it runs.
const translators = new Map<Locale, Translate>();

export function getTranslator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator(CATALOGUES[locale], CATALOGUES.fr);
    translators.set(locale, t);
  }
  return t;
}
