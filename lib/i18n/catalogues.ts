import fr from "./messages/fr.json";
import en from "./messages/en.json";
import fa from "./messages/fa.json";
import formsFr from "./messages/forms.fr.json";
import formsEn from "./messages/forms.en.json";
import formsFa from "./messages/forms.fa.json";
import onboardingFr from "./messages/onboarding.fr.json";
import onboardingEn from "./messages/onboarding.en.json";
import onboardingFa from "./messages/onboarding.fa.json";
import sellersFr from "./messages/sellers.fr.json";
import sellersEn from "./messages/sellers.en.json";
import sellersFa from "./messages/sellers.fa.json";
import shopPageFr from "./messages/shopPage.fr.json";
import shopPageEn from "./messages/shopPage.en.json";
import shopPageFa from "./messages/shopPage.fa.json";
import productsFr from "./messages/products.fr.json";
import productsEn from "./messages/products.en.json";
import productsFa from "./messages/products.fa.json";
import productListFr from "./messages/productList.fr.json";
import productListEn from "./messages/productList.en.json";
import productListFa from "./messages/productList.fa.json";
import catalogImportFr from "./messages/catalogImport.fr.json";
import catalogImportEn from "./messages/catalogImport.en.json";
import catalogImportFa from "./messages/catalogImport.fa.json";
import moderationFr from "./messages/moderation.fr.json";
import moderationEn from "./messages/moderation.en.json";
import moderationFa from "./messages/moderation.fa.json";
import productPageFr from "./messages/productPage.fr.json";
import productPageEn from "./messages/productPage.en.json";
import productPageFa from "./messages/productPage.fa.json";
import discoveryFr from "./messages/discovery.fr.json";
import discoveryEn from "./messages/discovery.en.json";
import discoveryFa from "./messages/discovery.fa.json";
import searchPageFr from "./messages/search.fr.json";
import searchPageEn from "./messages/search.en.json";
import searchPageFa from "./messages/search.fa.json";
import ordersFr from "./messages/orders.fr.json";
import ordersEn from "./messages/orders.en.json";
import ordersFa from "./messages/orders.fa.json";
import cartFr from "./messages/cart.fr.json";
import cartEn from "./messages/cart.en.json";
import cartFa from "./messages/cart.fa.json";
import checkoutFr from "./messages/checkout.fr.json";
import checkoutEn from "./messages/checkout.en.json";
import checkoutFa from "./messages/checkout.fa.json";
import paymentsFr from "./messages/payments.fr.json";
import paymentsEn from "./messages/payments.en.json";
import paymentsFa from "./messages/payments.fa.json";
import conversationFr from "./messages/conversation.fr.json";
import conversationEn from "./messages/conversation.en.json";
import conversationFa from "./messages/conversation.fa.json";
import feesFr from "./messages/fees.fr.json";
import feesEn from "./messages/fees.en.json";
import feesFa from "./messages/fees.fa.json";
import settingsFr from "./messages/settings.fr.json";
import settingsEn from "./messages/settings.en.json";
import settingsFa from "./messages/settings.fa.json";
import plansFr from "./messages/plans.fr.json";
import plansEn from "./messages/plans.en.json";
import plansFa from "./messages/plans.fa.json";
import billingFr from "./messages/billing.fr.json";
import billingEn from "./messages/billing.en.json";
import billingFa from "./messages/billing.fa.json";
import ratesFr from "./messages/rates.fr.json";
import ratesEn from "./messages/rates.en.json";
import ratesFa from "./messages/rates.fa.json";
import ambassadorsFr from "./messages/ambassadors.fr.json";
import ambassadorsEn from "./messages/ambassadors.en.json";
import ambassadorsFa from "./messages/ambassadors.fa.json";
import moneyFr from "./messages/money.fr.json";
import moneyEn from "./messages/money.en.json";
import moneyFa from "./messages/money.fa.json";
import adminMoneyFr from "./messages/adminMoney.fr.json";
import adminMoneyEn from "./messages/adminMoney.en.json";
import adminMoneyFa from "./messages/adminMoney.fa.json";
import statementsFr from "./messages/statements.fr.json";
import statementsEn from "./messages/statements.en.json";
import statementsFa from "./messages/statements.fa.json";
import payoutsFr from "./messages/payouts.fr.json";
import payoutsEn from "./messages/payouts.en.json";
import payoutsFa from "./messages/payouts.fa.json";
import payoutRunFr from "./messages/payoutRun.fr.json";
import payoutRunEn from "./messages/payoutRun.en.json";
import payoutRunFa from "./messages/payoutRun.fa.json";
import sepaFr from "./messages/sepa.fr.json";
import sepaEn from "./messages/sepa.en.json";
import sepaFa from "./messages/sepa.fa.json";
import reviewsFr from "./messages/reviews.fr.json";
import reviewsEn from "./messages/reviews.en.json";
import reviewsFa from "./messages/reviews.fa.json";
import qualityFr from "./messages/quality.fr.json";
import qualityEn from "./messages/quality.en.json";
import qualityFa from "./messages/quality.fa.json";
import supportFr from "./messages/support.fr.json";
import supportEn from "./messages/support.en.json";
import supportFa from "./messages/support.fa.json";
import overviewFr from "./messages/overview.fr.json";
import overviewEn from "./messages/overview.en.json";
import overviewFa from "./messages/overview.fa.json";
import ratingsFr from "./messages/ratings.fr.json";
import ratingsEn from "./messages/ratings.en.json";
import ratingsFa from "./messages/ratings.fa.json";
import unitsFr from "./messages/units.fr.json";
import unitsEn from "./messages/units.en.json";
import unitsFa from "./messages/units.fa.json";
import securityFr from "./messages/security.fr.json";
import securityEn from "./messages/security.en.json";
import securityFa from "./messages/security.fa.json";
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
    units: unitsFr,
    security: securityFr,
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
    units: unitsEn,
    security: securityEn,
  },
  fa: {
    ...fa,
    forms: formsFa,
    onboarding: onboardingFa,
    sellers: sellersFa,
    shopPage: shopPageFa,
    products: productsFa,
    productList: productListFa,
    catalogImport: catalogImportFa,
    moderation: moderationFa,
    productPage: productPageFa,
    discovery: discoveryFa,
    searchPage: searchPageFa,
    orders: ordersFa,
    cart: cartFa,
    checkout: checkoutFa,
    payments: paymentsFa,
    conversation: conversationFa,
    fees: feesFa,
    settings: settingsFa,
    plans: plansFa,
    billing: billingFa,
    rates: ratesFa,
    ambassadors: ambassadorsFa,
    money: moneyFa,
    adminMoney: adminMoneyFa,
    statements: statementsFa,
    payouts: payoutsFa,
    payoutRun: payoutRunFa,
    sepa: sepaFa,
    reviews: reviewsFa,
    quality: qualityFa,
    support: supportFa,
    overview: overviewFa,
    ratings: ratingsFa,
    units: unitsFa,
    security: securityFa,
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
    t = createTranslator(CATALOGUES[locale], CATALOGUES.fr, locale);
    translators.set(locale, t);
  }
  return t;
}
