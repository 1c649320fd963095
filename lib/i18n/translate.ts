import { textDirection } from "./config";
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
import type units from "./messages/units.fr.json";
import type security from "./messages/security.fr.json";

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
  units: typeof units;
  security: typeof security;
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

// Numbers put into a message are written in the locale's digits ("۱۲" in Persian), never grouped
// (a year or an order number must not become "2 026"): one formatter per locale.
const numberFormats = new Map<string, Intl.NumberFormat>();
function formatNumber(value: number, locale: string | undefined): string {
  if (!locale) return String(value);
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(value: number, locale: string | undefined): string {
  const key = locale ?? "fr";
  let rules = pluralRules.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(key);
    pluralRules.set(key, rules);
  }
  return rules.select(value);
}

/** The text between the brace at `open` and its matching closing brace, and the index after it. */
function braced(template: string, open: number): { body: string; end: number } | null {
  let depth = 0;
  for (let index = open; index < template.length; index++) {
    if (template[index] === "{") depth++;
    else if (template[index] === "}" && --depth === 0) return { body: template.slice(open + 1, index), end: index + 1 };
  }
  return null;
}

/** "one {# article} other {# articles}" → { one: "# article", other: "# articles" }. */
function branches(text: string): Map<string, string> | null {
  const found = new Map<string, string>();
  let rest = text.trim();
  while (rest !== "") {
    const selector = /^(=?[\w-]+)\s*\{/.exec(rest);
    if (!selector) return null;
    const inner = braced(rest, selector[0].length - 1);
    if (!inner) return null;
    found.set(selector[1], inner.body);
    rest = rest.slice(inner.end).trim();
  }
  return found.has("other") ? found : null;
}

/**
 * Fills a message: "{name}" placeholders (unknown ones stay as written; numbers in the locale's
 * digits), and the ICU forms "{count, plural, =0 {…} one {# …} other {# …}}" (the locale's plural
 * rules, "#" the number) and "{kind, select, a {…} other {…}}", nested as deep as needed.
 */
export function interpolate(template: string, values: TranslationValues, locale?: string): string {
  if (!template.includes("{")) return template;
  let out = "";
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf("{", index);
    if (open === -1) break;
    out += template.slice(index, open);
    const inner = braced(template, open);
    if (!inner) {
      out += template.slice(open);
      return out;
    }
    out += fill(inner.body, template.slice(open, inner.end), values, locale);
    index = inner.end;
  }
  return out + template.slice(index);
}

const LATIN = /[A-Za-z0-9]/;
const RIGHT_TO_LEFT_SCRIPT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * In a right to left message, a value written in Latin letters or digits (an order number, a
 * phone number, an e-mail, an IBAN, a name) is wrapped in Unicode isolates (FSI … PDI, as Fluent
 * does), so it keeps its own order and does not reorder the sentence around it (docs/i18n.md,
 * "Bidi isolation"). Values in Persian, and numbers already written in Persian digits, are left alone.
 */
function isolated(value: string, locale: string | undefined): string {
  if (!locale || textDirection(locale) !== "rtl" || !LATIN.test(value) || RIGHT_TO_LEFT_SCRIPT.test(value))
    return value;
  return `\u2068${value}\u2069`;
}

function fill(body: string, whole: string, values: TranslationValues, locale: string | undefined): string {
  const simple = /^\s*(\w+)\s*$/.exec(body);
  if (simple) {
    const value = values[simple[1]];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, locale) : isolated(String(value), locale);
  }
  const form = /^\s*(\w+)\s*,\s*(plural|select)\s*,([\s\S]*)$/.exec(body);
  const options = form && branches(form[3]);
  if (!form || !options || !(form[1] in values)) return whole;
  const value = values[form[1]];
  let chosen: string | undefined;
  if (form[2] === "plural") {
    const count = Number(value);
    chosen = options.get(`=${count}`) ?? options.get(pluralCategory(count, locale)) ?? options.get("other");
    const written = formatNumber(count, locale);
    return interpolate(chosen!.replace(/#/g, written), values, locale);
  }
  chosen = options.get(String(value)) ?? options.get("other");
  return interpolate(chosen!, values, locale);
}

/** Builds t(key, values): the locale's message, else the fallback catalogue's, else the key. */
export function createTranslator(messages: Messages, fallback?: Messages, locale?: string): Translate {
  // A page asks for the same few dozen keys on every request: each is looked up once.
  const templates = new Map<string, string>();
  return (key, values) => {
    let template = templates.get(key);
    if (template === undefined) {
      template = lookup(messages, key) ?? (fallback && lookup(fallback, key)) ?? key;
      templates.set(key, template);
    }
    return values ? interpolate(template, values, locale) : template;
  };
}
