import type fr from "./messages/fr.json";
import type forms from "./messages/forms.fr.json";
import type onboarding from "./messages/onboarding.fr.json";
import type sellers from "./messages/sellers.fr.json";
import type shopPage from "./messages/shopPage.fr.json";
import type products from "./messages/products.fr.json";
import type productList from "./messages/productList.fr.json";
import type catalogImport from "./messages/catalogImport.fr.json";
import type moderation from "./messages/moderation.fr.json";
import type productPage from "./messages/productPage.fr.json";
import type discovery from "./messages/discovery.fr.json";
import type searchPage from "./messages/search.fr.json";
import type orders from "./messages/orders.fr.json";
import type cart from "./messages/cart.fr.json";
import type checkout from "./messages/checkout.fr.json";
import type conversation from "./messages/conversation.fr.json";
import type payments from "./messages/payments.fr.json";
import type fees from "./messages/fees.fr.json";
import type settings from "./messages/settings.fr.json";
import type plans from "./messages/plans.fr.json";
import type billing from "./messages/billing.fr.json";
import type rates from "./messages/rates.fr.json";
import type ambassadors from "./messages/ambassadors.fr.json";
import type money from "./messages/money.fr.json";
import type adminMoney from "./messages/adminMoney.fr.json";
import type statements from "./messages/statements.fr.json";
import type payouts from "./messages/payouts.fr.json";
import type payoutRun from "./messages/payoutRun.fr.json";
import type sepa from "./messages/sepa.fr.json";
import type reviews from "./messages/reviews.fr.json";
import type quality from "./messages/quality.fr.json";
import type support from "./messages/support.fr.json";
import type overview from "./messages/overview.fr.json";
import type ratings from "./messages/ratings.fr.json";

// The French catalogues are the reference (see catalogues.ts for how the area files are mounted).
type Catalogue = typeof fr & {
  forms: typeof forms;
  onboarding: typeof onboarding;
  sellers: typeof sellers;
  shopPage: typeof shopPage;
  products: typeof products;
  productList: typeof productList;
  catalogImport: typeof catalogImport;
  moderation: typeof moderation;
  productPage: typeof productPage;
  discovery: typeof discovery;
  searchPage: typeof searchPage;
  orders: typeof orders;
  cart: typeof cart;
  checkout: typeof checkout;
  conversation: typeof conversation;
  payments: typeof payments;
  fees: typeof fees;
  settings: typeof settings;
  plans: typeof plans;
  billing: typeof billing;
  rates: typeof rates;
  ambassadors: typeof ambassadors;
  money: typeof money;
  adminMoney: typeof adminMoney;
  statements: typeof statements;
  payouts: typeof payouts;
  payoutRun: typeof payoutRun;
  sepa: typeof sepa;
  reviews: typeof reviews;
  quality: typeof quality;
  support: typeof support;
  overview: typeof overview;
  ratings: typeof ratings;
};

// "auth.signIn.title"-style keys, derived from the French catalogue (the reference).
type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Catalogue>;
export type Messages = Record<string, unknown>;
export type TranslationValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: TranslationValues) => string;

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** Fills "{name}" placeholders; unknown ones stay as written. */
export function interpolate(template: string, values: TranslationValues): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** Builds t(key, values): the locale's message, else the fallback catalogue's, else the key. */
export function createTranslator(messages: Messages, fallback?: Messages): Translate {
  // A page asks for the same few dozen keys on every request: each is looked up once.
  const templates = new Map<string, string>();
  return (key, values) => {
    let template = templates.get(key);
    if (template === undefined) {
      template = lookup(messages, key) ?? (fallback && lookup(fallback, key)) ?? key;
      templates.set(key, template);
    }
    return values ? interpolate(template, values) : template;
  };
}
