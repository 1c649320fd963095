import { expect, type Page } from "@playwright/test";
import pg from "pg";
import type { ShopOrderTab } from "@/lib/orders/shop-order-list-query";

// Demo accounts (prisma/seed/accounts.ts) and the sign-in every journey starts with.
export const OPERATOR = { email: "operator@halle.test", password: "demo-operator-2026" };
export const SHOPPER = { email: "shopper@halle.test", password: "demo-shopper-2026" };
export const VENDOR = { email: "vendor@halle.test", password: "demo-vendor-2026" };
export const APPLICANT = { email: "applicant@halle.test", password: "demo-applicant-2026" };

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 20_000 });
}

/** The app's database, started by playwright.config.ts (scripts/embedded-postgres.ts's account). */
const APP_DATABASE_URL = `postgresql://halle:halle@localhost:${Number(process.env.E2E_PG_PORT ?? 5491)}/halle`;

/** The link of the newest sign-up e-mail (`account.confirm-email`) sent to `email`: its path and query. */
export async function readSignUpLink(email: string): Promise<string> {
  const client = new pg.Client({ connectionString: APP_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ url: string }>(
      `SELECT data->>'confirmUrl' AS url FROM "EmailMessage"
        WHERE "to" = $1 AND template = 'account.confirm-email' ORDER BY "createdAt" DESC LIMIT 1`,
      [email.trim().toLowerCase()],
    );
    expect(rows, `no sign-up e-mail to ${email}`).toHaveLength(1);
    const url = new URL(rows[0].url);
    return `${url.pathname}${url.search}`;
  } finally {
    await client.end();
  }
}

/**
 * Signs up as a new account (docs/security.md, "Sign-up"): fills the sign-up form (the page open
 * if it is already the sign-up form, e.g. with its ?callbackUrl, else /sign-up), reads the link of
 * the e-mail it sends, opens it in the same page, chooses the password and waits to be signed in
 * and sent on (the dashboard for a vendor, else the callback path or the home page).
 */
export async function signUpAndConfirm(
  page: Page,
  { name, email, password, vendor = false }: { name: string; email: string; password: string; vendor?: boolean },
) {
  if (new URL(page.url(), "http://x").pathname !== "/sign-up") await page.goto("/sign-up");
  await page.getByLabel("Nom", { exact: true }).fill(name);
  await page.getByLabel("Adresse e-mail").fill(email);
  if (vendor) await page.getByLabel("Je suis commerçant (je veux ouvrir une boutique)").check();
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(`Nous avons envoyé à ${email}`, {
    timeout: 20_000,
  });
  await page.goto(await readSignUpLink(email));
  await expect(page.getByRole("heading", { level: 1, name: "Finir de créer votre compte" })).toBeVisible();
  await page.getByLabel("Choisissez votre mot de passe").fill(password);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  // Creating the account hashes the password, then signs in: allow it a little longer.
  await expect(page).not.toHaveURL(/\/sign-up/, { timeout: 20_000 });
}

/**
 * Makes `shopName` the vendor's current dashboard shop, then opens `path` afresh. Waiting for the
 * switch's answer and loading the page again keeps a re-render of the switch, still in flight,
 * from resetting a form the test has started to fill.
 */
export async function switchShop(page: Page, shopName: string, path: string) {
  await page.getByLabel("Boutique", { exact: true }).selectOption({ label: shopName });
  await Promise.all([
    page.waitForResponse(
      (response) => response.request().method() === "POST" && new URL(response.url()).pathname.startsWith("/dashboard"),
    ),
    page.getByRole("button", { name: "Changer" }).click(),
  ]);
  await page.goto(path);
}

/** Opens a product from its shop's page and adds it to the cart. */
export async function addToCart(page: Page, product: { shop: string; title: string }) {
  await page.goto(`/shops/${product.shop}`);
  await page.locator("#products").getByRole("link", { name: product.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: product.title })).toBeVisible();
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ajouté au panier." })).toBeVisible();
}

/** Picks a shop's delivery method in the cart. */
export async function chooseDelivery(page: Page, shopName: string, method: RegExp) {
  const section = page.getByRole("region", { name: `Commande chez ${shopName}` });
  await section.getByRole("radio", { name: method }).check();
  await expect(section.getByText("Mode de livraison enregistré.")).toBeVisible();
}

/** The test payment page's card that pays; "4000 0000 0000 0002" is declined. */
export const TEST_CARD = "4242 4242 4242 4242";

/** A delivery address in Rochefort, where the demo shops deliver. */
export const ROCHEFORT_ADDRESS = { line: "12 rue Pierre Loti", postcode: "17300", city: "Rochefort" };

type Address = typeof ROCHEFORT_ADDRESS;

/** Fills the checkout's delivery address. */
export async function fillDeliveryAddress(page: Page, address: Address = ROCHEFORT_ADDRESS) {
  await page.getByLabel("Adresse", { exact: true }).fill(address.line);
  await page.getByLabel("Code postal").fill(address.postcode);
  await page.getByLabel("Ville").fill(address.city);
}

/** Accepts the terms of sale and submits the filled checkout form; waits for the payment page. */
export async function submitCheckout(page: Page) {
  await page.getByLabel("J'ai lu et j'accepte les conditions générales de vente").check();
  await page.getByRole("button", { name: /^Payer / }).click();
  await expect(page).toHaveURL(/\/checkout\/pay\//, { timeout: 20_000 });
}

/** On the test payment page: enters a card and pays. */
export async function payWithCard(page: Page, cardNumber: string = TEST_CARD) {
  await page.getByLabel("Numéro de carte").fill(cardNumber);
  await page.getByLabel("Date d'expiration (MM/AA)").fill("12/39");
  await page.getByLabel("Code de sécurité (CVC)").fill("123");
  await page.getByRole("button", { name: /^Payer / }).click();
}

export type PaidOrder = { orderId: string; number: string };

/** Waits for the confirmation page of a paid order; reads the order's id (from the address) and number. */
export async function readPaidOrder(page: Page): Promise<PaidOrder> {
  await expect(page.getByRole("heading", { level: 1, name: "Merci pour votre commande !" })).toBeVisible({
    timeout: 20_000,
  });
  const orderId = new URL(page.url()).pathname.split("/").pop()!;
  const line = await page.getByText(/^Commande H-\d{4}-[A-Z0-9]+ — /).textContent();
  const number = line?.match(/H-\d{4}-[A-Z0-9]+/)?.[0];
  expect(number).toBeTruthy();
  return { orderId, number: number! };
}

/**
 * From the cart, delivery chosen: a signed-in shopper checks out (the name is filled when the
 * account has none; the address unless everything is collected), pays with the test card and
 * reaches the confirmation page.
 */
export async function checkOutAndPay(
  page: Page,
  { address = ROCHEFORT_ADDRESS, pickupOnly = false }: { address?: Address; pickupOnly?: boolean } = {},
): Promise<PaidOrder> {
  await page.getByRole("link", { name: "Commander" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Commander" })).toBeVisible();
  const name = page.getByLabel("Nom complet");
  if ((await name.count()) > 0 && !(await name.inputValue())) await name.fill("Camille Martin");
  if (!pickupOnly) await fillDeliveryAddress(page, address);
  await submitCheckout(page);
  await payWithCard(page);
  return readPaidOrder(page);
}

/**
 * Opens an order in the vendor's dashboard by searching its number: the whole number, or the
 * end of a demo order's ("DEMO04"). `shopName` first makes that shop the current one; `tab` is
 * the list searched (every order by default). Returns the whole number, read from the order's page.
 */
export async function openVendorOrder(
  page: Page,
  number: string,
  { shopName, tab }: { shopName?: string; tab?: ShopOrderTab } = {},
): Promise<string> {
  const path = tab ? `/dashboard/orders?tab=${tab}` : "/dashboard/orders";
  if (shopName) {
    // The shop switch is in the dashboard's frame.
    if (!new URL(page.url()).pathname.startsWith("/dashboard")) await page.goto("/dashboard/orders");
    await switchShop(page, shopName, path);
  } else {
    await page.goto(path);
  }
  const wholeNumber = `(?:H-\\d{4}-)?${number}`;
  await page.getByLabel("Chercher une commande").fill(number);
  await page.getByRole("button", { name: "Chercher" }).click();
  await page.getByRole("link", { name: new RegExp(`^Ouvrir la commande ${wholeNumber}$`) }).click();
  const heading = page.getByRole("heading", { level: 1, name: new RegExp(`^Commande ${wholeNumber}$`) });
  await expect(heading).toBeVisible();
  return (await heading.textContent())!.replace("Commande ", "").trim();
}

/**
 * Opens one of the signed-in shopper's orders from their list; an old one may have been pushed
 * past the first page by the orders earlier journeys made.
 */
export async function openShopperOrder(page: Page, number: string) {
  const link = page.getByRole("link", { name: `Commande ${number}` });
  for (let listPage = 1; listPage <= 5; listPage++) {
    await page.goto(`/account/orders?page=${listPage}`);
    if ((await link.count()) > 0) break;
  }
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: `Commande ${number}` })).toBeVisible();
}
