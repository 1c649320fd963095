import fc from "fast-check";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { SHOPPER, VENDOR } from "../e2e/support";
import { signInRequest } from "./auth-request";

// Bad input never gives a 500 (docs/security.md, "Correctness at the edges"). Random and hostile
// values (NUL bytes, huge and negative numbers, NaN, long text, every script, lone surrogates,
// "../", repeated parameters, files where text is expected) go to every public route's parameters
// and to the fields of every server action found in the pages' forms, signed out and signed in as
// the demo shopper and vendor. Any status is fine but a 5xx. The seed is fixed (FUZZ_SEED to
// change it) and printed, so that a failure can be replayed.
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const RANDOM_CASES = Number(process.env.FUZZ_CASES ?? 4);

test.describe.configure({ mode: "serial", timeout: Number(process.env.FUZZ_TIMEOUT ?? 150_000) });

test.beforeAll(() => console.log(`[fuzz] seed ${SEED}, ${RANDOM_CASES} random cases per parameter and form`));

/** Hostile values as they appear in an address: already percent-encoded. */
const RAW_HOSTILE = [
  "%00",
  "x%00.png",
  "%00%00%00",
  "2147483648",
  "99999999999999999999",
  "-1",
  "-2147483649",
  "0",
  "1.5",
  "1e308",
  "NaN",
  "Infinity",
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e%2f",
  "%",
  "%E2%82",
  "%ED%A0%80",
  "%FF%FE",
  "%27%20OR%201%3D1--",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "a".repeat(3000),
  "%F0%9F%8D%9E",
  "%D9%8A%D9%83",
  "[]",
  "%7B%22a%22%3A1%7D",
  "",
];

/** Random text, percent-encoded for an address (lone surrogates become invalid UTF-8 bytes). */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, "")) + "%ED%A0%80";
  }
}

const textValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.integer().map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.double().map(String),
  fc.constantFrom("\u0000", "a\u0000b", "-0", "true", "null", "undefined", "../../etc/passwd", "x".repeat(5000)),
);

function randomValues(salt: number, count = RANDOM_CASES): string[] {
  return fc.sample(textValue, { seed: SEED + salt, numRuns: count });
}

type Outcome = { what: string; status: number };
const failures: Outcome[] = [];
const covered = { routes: new Set<string>(), requests: 0, actions: new Set<string>(), posts: 0 };

async function expectNo5xx(request: APIRequestContext, what: string, call: () => ReturnType<APIRequestContext["get"]>) {
  covered.requests += 1;
  let status: number;
  try {
    status = (await call()).status();
  } catch (error) {
    // A connection dropped mid-answer is a failure too.
    failures.push({ what: `${what} (${String(error).slice(0, 120)})`, status: 0 });
    return;
  }
  if (status >= 500) failures.push({ what: what.slice(0, 300), status });
}

/** Public routes: a path (its segments marked :name) and the parameters it reads. */
type Route = { path: string; params: string[]; method?: "GET" | "POST" };

async function demoSlugs(request: APIRequestContext) {
  const html = (await Promise.all(["/search", "/"].map(async (page) => (await request.get(page)).text()))).join("");
  const first = (pattern: RegExp) => pattern.exec(html)?.[1] ?? "unknown";
  return {
    product: first(/href="\/p\/([^"?#]+)"/),
    shop: first(/href="\/shops\/([^"?#]+)"/),
    category: first(/href="\/c\/([^"?#]+)"/),
  };
}

function publicRoutes(slugs: Awaited<ReturnType<typeof demoSlugs>>): Route[] {
  const search = ["q", "category", "radius", "delivery", "stock", "min", "max", "rating", "sort", "page"];
  return [
    { path: "/", params: ["page", "q"] },
    { path: "/search", params: search },
    { path: "/c/:slug", params: ["page"] },
    { path: `/c/${slugs.category}`, params: ["page"] },
    { path: "/p/:slug", params: [] },
    { path: `/p/${slugs.product}`, params: ["variant", "q"] },
    { path: "/shops", params: ["page", "trade", "open", "q"] },
    { path: "/shops/:slug", params: [] },
    { path: `/shops/${slugs.shop}`, params: ["page", "tab"] },
    { path: "/cart", params: ["payment", "quantity", "removed"] },
    { path: "/checkout", params: [] },
    { path: "/checkout/terms", params: [] },
    { path: "/checkout/complete/:order", params: [] },
    { path: "/checkout/pay/:order", params: [] },
    { path: "/checkout/cancelled/:order", params: ["token"] },
    { path: "/location", params: ["returnTo"] },
    { path: "/open-a-shop", params: [] },
    { path: "/ambassador", params: ["page", "payouts", "status", "url"] },
    { path: "/account/orders", params: ["page"] },
    { path: "/account/orders/:order", params: [] },
    { path: "/account/addresses/:address/edit", params: [] },
    { path: "/sign-in", params: ["callbackUrl", "error"] },
    { path: "/sign-up", params: ["callbackUrl"] },
    { path: "/r", params: ["ref", "to"] },
    { path: "/api/health", params: [] },
    { path: "/api/places", params: ["q"] },
    { path: "/api/suggest", params: ["q"] },
    { path: "/api/auth/session", params: [] },
    { path: "/api/auth/csrf", params: [] },
    { path: "/api/auth/providers", params: [] },
    { path: "/api/auth/:segment", params: ["callbackUrl", "error"] },
    { path: "/api/webhooks/stripe", params: [], method: "POST" },
    { path: "/files/:key", params: [] },
    { path: "/files/demo/:key", params: [] },
    { path: "/orders/attachments/:id", params: [] },
    { path: "/support/attachments/:id", params: [] },
    { path: "/sitemap.xml", params: [] },
    { path: "/robots.txt", params: [] },
    { path: "/manifest.webmanifest", params: [] },
  ];
}

/** The dashboard's listings and their filters, for the signed-in vendor. */
const DASHBOARD_ROUTES: Route[] = [
  "/dashboard",
  "/dashboard/products",
  "/dashboard/products/:id",
  "/dashboard/orders",
  "/dashboard/orders/:id",
  "/dashboard/reviews",
  "/dashboard/quality",
  "/dashboard/money",
  "/dashboard/money/ledger",
  "/dashboard/money/ledger/export",
  "/dashboard/money/payouts/:id",
  "/dashboard/money/orders/:id",
  "/dashboard/money/statements",
  "/dashboard/money/statements/:period",
  "/dashboard/plan",
  "/dashboard/rates",
  "/dashboard/support",
  "/dashboard/support/:id",
  "/dashboard/products/export",
].map((path) => ({
  path,
  params: ["page", "q", "status", "tab"],
}));

/**
 * The addresses a route gets: hostile values in its segments, then in each parameter in turn (a
 * few each, taken round the list so that every value is used across the routes), every parameter
 * hostile at once, and every parameter repeated.
 */
function addressesOf(route: Route, salt: number): string[] {
  const randoms = randomValues(salt, 4).map(encode);
  let turn = salt;
  const next = (count: number) => Array.from({ length: count }, () => RAW_HOSTILE[turn++ % RAW_HOSTILE.length]);
  const addresses: string[] = [];
  const segments = route.path.match(/:[a-z]+/g) ?? [];
  const fill = (value: string) => route.path.replace(/:[a-z]+/g, value === "" ? "x" : value);
  if (segments.length > 0) for (const value of [...next(8), ...randoms.slice(0, 2)]) addresses.push(fill(value));
  const base = fill("x");
  for (const [index, param] of route.params.entries())
    for (const value of [...next(2), randoms[index % randoms.length]]) addresses.push(`${base}?${param}=${value}`);
  if (route.params.length > 0) {
    for (const value of ["%00", "9".repeat(25), randoms[0]])
      addresses.push(`${base}?${route.params.map((param) => `${param}=${value}`).join("&")}`);
    addresses.push(`${base}?${route.params.map((param) => `${param}=1&${param}=2&${param}[]=3`).join("&")}`);
  }
  if (addresses.length === 0) addresses.push(base);
  return addresses;
}

async function fuzzRoutes(request: APIRequestContext, routes: Route[], salt: number) {
  for (const [index, route] of routes.entries()) {
    covered.routes.add(route.path);
    for (const address of addressesOf(route, salt + index * 100)) {
      if (route.method === "POST") {
        const body = randomValues(salt + index, 1)[0] ?? "";
        await expectNo5xx(request, `POST ${address}`, () =>
          request.post(address, {
            data: body,
            headers: { "content-type": "application/json", "stripe-signature": "t=1,v1=00" },
            maxRedirects: 0,
          }),
        );
      } else {
        await expectNo5xx(request, `GET ${address}`, () => request.get(address, { maxRedirects: 0 }));
      }
    }
  }
}

// ---- server actions ----------------------------------------------------------------------------

type ActionForm = {
  page: string;
  key: string;
  hidden: [string, string][];
  fields: string[];
  /** the values the page gave the fields (to fill a cart before fuzzing it) */
  defaults: Map<string, string>;
  label: string;
};

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]) : null;
};

/** The server-action forms of a page's HTML: their $ACTION_ inputs (kept) and their other fields (fuzzed). */
function actionForms(page: string, html: string): ActionForm[] {
  const forms: ActionForm[] = [];
  for (const [form] of html.matchAll(/<form\b[\s\S]*?<\/form>/g)) {
    const hidden: [string, string][] = [];
    const fields = new Set<string>();
    const defaults = new Map<string, string>();
    for (const [tag] of form.matchAll(/<(?:input|select|textarea|button)\b[^>]*>/g)) {
      const name = attribute(tag, "name");
      if (!name) continue;
      if (name.startsWith("$ACTION")) hidden.push([name, attribute(tag, "value") ?? ""]);
      else if (!/type="(?:submit|image|reset)"/.test(tag) || tag.startsWith("<button")) {
        fields.add(name);
        const value = attribute(tag, "value");
        if (value !== null && !defaults.has(name)) defaults.set(name, value);
      }
    }
    const actionId =
      hidden.find(([name]) => name.startsWith("$ACTION_ID_"))?.[0] ??
      /"id":"([0-9a-f]+)"/.exec(hidden.find(([name]) => /^\$ACTION_\d+:0$/.test(name))?.[1] ?? "")?.[1];
    if (!actionId) continue;
    const text = decode(form.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ")).trim();
    const password = /type="password"/.test(form);
    forms.push({
      page,
      key: `${actionId}:${[...fields].sort().join(",")}`,
      hidden,
      fields: [...fields],
      defaults,
      label: `${text.slice(0, 40)}${password ? " [password]" : ""}`,
    });
  }
  return forms;
}

/** Forms never posted: signing out (the rest of the run needs the session), and, signed in, forms that act at once with no field to refuse (a button with bound ids), or ask for the password. */
function postable(form: ActionForm, signedIn: boolean): boolean {
  if (/déconnecter|déconnexion|sign out|log out/i.test(form.label)) return false;
  if (!signedIn) return true;
  if (form.label.includes("[password]")) return false;
  return form.fields.length > 0;
}

function multipart(form: ActionForm, values: (field: string, index: number) => string | Blob): FormData {
  const body = new FormData();
  for (const [name, value] of form.hidden) body.append(name, value);
  form.fields.forEach((field, index) => body.append(field, values(field, index)));
  return body;
}

async function fuzzActions(request: APIRequestContext, pages: string[], signedIn: boolean, salt: number) {
  const seen = new Set<string>();
  for (const page of pages) {
    const response = await request.get(page, { maxRedirects: 0 });
    if (response.status() !== 200) continue;
    for (const form of actionForms(page, await response.text())) {
      if (seen.has(form.key) || !postable(form, signedIn)) continue;
      seen.add(form.key);
      covered.actions.add(`${form.page} — ${form.label || "(no text)"} [${form.fields.join(", ")}]`);
      const randoms = randomValues(salt + seen.size * 10, RANDOM_CASES * Math.max(1, form.fields.length));
      const bodies: FormData[] = [
        multipart(form, () => "\u0000"),
        multipart(form, () => "9".repeat(30)),
        multipart(form, (_field, index) => (index % 2 === 0 ? "-2147483649" : "a\u0000b")),
        // a file where text is expected, and every field given twice
        multipart(form, () => new Blob(["\u0000x"], { type: "application/octet-stream" })),
        ...Array.from({ length: RANDOM_CASES }, (_, run) =>
          multipart(form, (_field, index) => randoms[(run * form.fields.length + index) % randoms.length] ?? ""),
        ),
      ];
      const twice = multipart(form, () => "1");
      for (const field of form.fields) twice.append(field, "2");
      bodies.push(twice);
      for (const body of bodies) {
        covered.posts += 1;
        await expectNo5xx(request, `POST ${page} (${form.label}) [${form.fields.join(", ")}]`, () =>
          request.post(page, { multipart: body, maxRedirects: 0, headers: { origin: ORIGIN.value } }),
        );
      }
    }
  }
}

function expectNoFailureSince(start: number) {
  const mine = failures.slice(start);
  expect(mine, JSON.stringify(mine.slice(0, 30), null, 1)).toEqual([]);
}

/** The server's origin, sent with every post as a browser does (Next checks it against the host). */
const ORIGIN = { value: "" };

/** Puts a product in the cart with the values its page gave, so that the cart and checkout have forms. */
async function fillCart(request: APIRequestContext, productPage: string) {
  const html = await (await request.get(productPage)).text();
  const form = actionForms(productPage, html).find((candidate) => candidate.fields.includes("productId"));
  if (!form) return;
  const body = multipart(form, (field) => form.defaults.get(field) ?? "1");
  await expectNo5xx(request, `POST ${productPage} (add to cart)`, () =>
    request.post(productPage, { multipart: body, maxRedirects: 0, headers: { origin: ORIGIN.value } }),
  );
}

const STOREFRONT_PAGES = (slugs: Awaited<ReturnType<typeof demoSlugs>>) => [
  "/",
  "/search?q=miel",
  `/p/${slugs.product}`,
  `/shops/${slugs.shop}`,
  `/c/${slugs.category}`,
  "/shops",
  // the checkout before the cart: a line removed while fuzzing the cart would empty it
  "/checkout",
  "/cart",
  "/location",
];

test("public routes answer a page or a 4xx to hostile parameters, never a 500", async ({ request, baseURL }) => {
  ORIGIN.value = new URL(baseURL!).origin;
  const start = failures.length;
  const slugs = await demoSlugs(request);
  await fuzzRoutes(request, publicRoutes(slugs), 1);
  expectNoFailureSince(start);
});

test("server actions answer a page, a redirect or a 4xx to hostile fields, signed out", async ({
  request,
  baseURL,
}) => {
  ORIGIN.value = new URL(baseURL!).origin;
  const start = failures.length;
  const slugs = await demoSlugs(request);
  await fillCart(request, `/p/${slugs.product}`);
  await fuzzActions(request, [...STOREFRONT_PAGES(slugs), "/sign-in", "/sign-up", "/open-a-shop"], false, 10_000);
  expectNoFailureSince(start);
});

test("server actions and pages, signed in as the demo shopper", async ({ request, baseURL }) => {
  ORIGIN.value = new URL(baseURL!).origin;
  const start = failures.length;
  const slugs = await demoSlugs(request);
  await signInRequest(request, SHOPPER.email, SHOPPER.password);
  await fillCart(request, `/p/${slugs.product}`);
  await fuzzRoutes(
    request,
    ["/account", "/account/orders", "/account/orders/:id", "/account/addresses/:id/edit", "/ambassador"].map(
      (path) => ({ path, params: ["page", "status"] }),
    ),
    20_000,
  );
  await fuzzActions(
    request,
    [...STOREFRONT_PAGES(slugs), "/account", "/account/addresses", "/account/orders", "/ambassador"],
    true,
    30_000,
  );
  expectNoFailureSince(start);
});

test("server actions and pages, signed in as the demo vendor", async ({ request, baseURL }) => {
  ORIGIN.value = new URL(baseURL!).origin;
  const start = failures.length;
  await signInRequest(request, VENDOR.email, VENDOR.password);
  await fuzzRoutes(request, DASHBOARD_ROUTES, 40_000);
  const products = await (await request.get("/dashboard/products")).text();
  const productId = /href="\/dashboard\/products\/([a-z0-9]{20,})"/.exec(products)?.[1];
  await fuzzActions(
    request,
    [
      "/dashboard",
      "/dashboard/products",
      ...(productId ? [`/dashboard/products/${productId}`] : []),
      "/dashboard/products/new",
      "/dashboard/orders",
      "/dashboard/reviews",
      "/dashboard/money",
      "/dashboard/plan",
      "/dashboard/rates",
      "/dashboard/settings",
      "/dashboard/support",
    ],
    true,
    50_000,
  );
  expectNoFailureSince(start);
});

test.afterAll(() => {
  console.log(
    `[fuzz] seed ${SEED}: ${covered.routes.size} routes, ${covered.requests - covered.posts} GET/POST requests to routes, ` +
      `${covered.actions.size} server-action forms, ${covered.posts} multipart posts; ${failures.length} answered 5xx`,
  );
  console.log(`[fuzz] routes: ${[...covered.routes].join(" ")}`);
  if (failures.length > 0) console.log(`[fuzz] 5xx:\n  ${failures.map((f) => `${f.status} ${f.what}`).join("\n  ")}`);
  console.log(`[fuzz] actions:\n  ${[...covered.actions].join("\n  ")}`);
});
