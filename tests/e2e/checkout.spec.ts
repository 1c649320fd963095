import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  VENDOR,
  addToCart,
  chooseDelivery,
  fillDeliveryAddress,
  payWithCard,
  readPaidOrder,
  signIn,
  submitCheckout,
  switchShop,
  signUpAndConfirm,
} from "./support";

// Checkout journeys on the demo data (prisma/seed): "Librairie La Corderie" (Rochefort, the demo
// vendor's) ships by post, "Le Rucher de Saintonge" (Saintes, owned by miellerie@halle.test) offers
// click & collect; "Terre & Sel" has one teapot left.
const BOOK = {
  shop: "librairie-la-corderie",
  shopName: "Librairie La Corderie",
  title: "Pêcheur d'Islande — Pierre Loti (poche)",
};
const HONEY = {
  shop: "le-rucher-de-saintonge",
  shopName: "Le Rucher de Saintonge",
  title: "Miel de châtaignier (500 g)",
};
const TEAPOT = { shop: "terre-et-sel-ceramique", shopName: "Terre & Sel", title: "Théière en grès (1 L)" };
const HONEY_VENDOR = { email: "miellerie@halle.test", password: VENDOR.password };

async function fillGuestCheckout(page: Page, email: string) {
  await page.goto("/checkout");
  await expect(page.getByRole("heading", { level: 1, name: "Commander" })).toBeVisible();
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Nom complet").fill("Camille Invitée");
  await fillDeliveryAddress(page);
  await submitCheckout(page);
  await expect(page.getByText("Paiement de test — aucun argent réel")).toBeVisible();
}

test("a guest buys from two shops (click & collect and post), pays with the test card, and each vendor sees only its part", async ({
  page,
  browser,
}) => {
  await addToCart(page, BOOK);
  await addToCart(page, HONEY);
  await page.goto("/cart");
  await chooseDelivery(page, HONEY.shopName, /^Retrait en boutique/);
  await chooseDelivery(page, BOOK.shopName, /^Envoi postal/);
  const note = page
    .getByRole("region", { name: `Commande chez ${HONEY.shopName}` })
    .getByRole("textbox", { name: `Message pour ${HONEY.shopName}` });
  await note.fill("Je passe samedi matin");
  await page
    .getByRole("region", { name: `Commande chez ${HONEY.shopName}` })
    .getByRole("button", { name: "Enregistrer le message" })
    .click();
  await expect(page.getByText("Message enregistré.")).toBeVisible();
  await page.getByRole("link", { name: "Commander" }).click();

  // The review lists both shops with their delivery before paying.
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(page.getByText(BOOK.title)).toBeVisible();
  await expect(page.getByText(HONEY.title)).toBeVisible();
  await fillGuestCheckout(page, `camille-${Date.now()}@example.test`);
  await payWithCard(page);

  // One order, two parts.
  const { number } = await readPaidOrder(page);
  const bookPart = page.getByRole("region", { name: BOOK.shopName });
  const honeyPart = page.getByRole("region", { name: HONEY.shopName });
  await expect(bookPart.getByText("Envoi postal")).toBeVisible();
  await expect(bookPart.getByText(BOOK.title)).toBeVisible();
  await expect(honeyPart.getByText("Retrait en boutique")).toBeVisible();
  await expect(honeyPart.getByText(HONEY.title)).toBeVisible();
  // The cart is empty once paid.
  await expect(page.getByRole("banner").getByRole("link", { name: "Panier", exact: true })).toBeVisible();

  // The bookshop's vendor sees the book and the customer, not the honey.
  const vendorContext = await browser.newContext();
  const vendor = await vendorContext.newPage();
  await signIn(vendor, VENDOR.email, VENDOR.password);
  await vendor.goto("/dashboard/orders");
  await switchShop(vendor, BOOK.shopName, "/dashboard/orders");
  await expect(vendor.getByText(`Les commandes de ${BOOK.shopName}, les plus récentes d'abord.`)).toBeVisible();
  const bookOrder = vendor
    .getByRole("listitem")
    .filter({ has: vendor.getByRole("link", { name: `Ouvrir la commande ${number}` }) });
  await expect(bookOrder).toBeVisible();
  await expect(bookOrder.getByText(BOOK.title)).toBeVisible();
  await expect(bookOrder.getByText("Camille Invitée").first()).toBeVisible();
  await expect(vendor.getByText(HONEY.title)).toHaveCount(0);
  await vendorContext.close();

  // The beekeeper sees the honey and the note, not the book.
  const honeyContext = await browser.newContext();
  const beekeeper = await honeyContext.newPage();
  await signIn(beekeeper, HONEY_VENDOR.email, HONEY_VENDOR.password);
  await beekeeper.goto("/dashboard/orders");
  const honeyOrder = beekeeper
    .getByRole("listitem")
    .filter({ has: beekeeper.getByRole("link", { name: `Ouvrir la commande ${number}` }) });
  await expect(honeyOrder.getByText(HONEY.title)).toBeVisible();
  await expect(honeyOrder.getByText("Je passe samedi matin")).toBeVisible();
  await expect(beekeeper.getByText(BOOK.title)).toHaveCount(0);
  await honeyContext.close();
});

test("a declined card leaves no order, the cart as it was and the stock untouched", async ({ page }) => {
  await addToCart(page, TEAPOT);
  await page.goto("/cart");
  await chooseDelivery(page, TEAPOT.shopName, /^Envoi postal/);
  await page.getByRole("link", { name: "Commander" }).click();
  await fillGuestCheckout(page, `refus-${Date.now()}@example.test`);
  const orderId = new URL(page.url()).pathname.split("/").pop();
  await payWithCard(page, "4000 0000 0000 0002");

  await expect(page).toHaveURL(/\/cart\?payment=declined/, { timeout: 20_000 });
  await expect(page.getByRole("alert").filter({ hasText: "Votre carte a été refusée" })).toBeVisible();
  // The cart still holds the last teapot, buyable: its unit went back to stock.
  const terre = page.getByRole("region", { name: `Commande chez ${TEAPOT.shopName}` });
  await expect(terre.getByRole("textbox", { name: `Quantité de ${TEAPOT.title}` })).toHaveValue("1");
  await expect(page.getByRole("link", { name: "Commander" })).toBeVisible();
  await page.goto(`/shops/${TEAPOT.shop}`);
  await page.locator("#products").getByRole("link", { name: TEAPOT.title }).click();
  await expect(page.getByText("En stock", { exact: true })).toBeVisible();
  // The order is gone: neither its payment page nor a confirmation exists.
  expect((await page.goto(`/checkout/complete/${orderId}`))?.status()).toBe(404);
  expect((await page.goto(`/checkout/pay/${orderId}`))?.status()).toBe(404);
});

test("leaving the payment page gives the stock back at once and keeps the cart", async ({ page }) => {
  await addToCart(page, TEAPOT);
  await page.goto("/cart");
  await chooseDelivery(page, TEAPOT.shopName, /^Envoi postal/);
  await page.getByRole("link", { name: "Commander" }).click();
  await fillGuestCheckout(page, `abandon-${Date.now()}@example.test`);
  const orderId = new URL(page.url()).pathname.split("/").pop();
  // The order holds the last teapot while its payment page is open. The way back is signed (docs/security.md).
  const cancelLink = page.getByRole("link", { name: "Annuler le paiement et revenir au panier" });
  const cancelHref = await cancelLink.getAttribute("href");
  await cancelLink.click();

  await expect(page).toHaveURL(/\/cart\?payment=cancelled$/, { timeout: 20_000 });
  await expect(page.getByRole("alert").filter({ hasText: "Paiement abandonné : rien n'a été débité" })).toBeVisible();
  const terre = page.getByRole("region", { name: `Commande chez ${TEAPOT.shopName}` });
  await expect(terre.getByRole("textbox", { name: `Quantité de ${TEAPOT.title}` })).toHaveValue("1");
  await page.goto(`/shops/${TEAPOT.shop}`);
  await page.locator("#products").getByRole("link", { name: TEAPOT.title }).click();
  await expect(page.getByText("En stock", { exact: true })).toBeVisible();
  expect((await page.goto(`/checkout/pay/${orderId}`))?.status()).toBe(404);
  // Coming back to the cancel address (a reload, Stripe's "back" again) changes nothing and still shows the cart.
  await page.goto(cancelHref!);
  await expect(page).toHaveURL(/\/cart\?payment=cancelled$/);
  await expect(terre.getByRole("textbox", { name: `Quantité de ${TEAPOT.title}` })).toHaveValue("1");
});

test("the local courier is priced once the address is known (within the shop's radius)", async ({ page }) => {
  const BREAD = {
    shop: "le-fournil-colbert",
    shopName: "Le Fournil Colbert",
    title: "Pain de campagne au levain (800 g)",
  };
  await addToCart(page, BREAD);
  await page.goto("/cart");
  await chooseDelivery(page, BREAD.shopName, /^Livraison par coursier local/);
  await page.getByRole("link", { name: "Commander" }).click();
  const courierFee = page.getByRole("complementary").getByText(`Livraison — ${BREAD.shopName}`).locator("..");
  await expect(courierFee).toContainText("À déterminer");

  await page.getByLabel("Code postal").fill("17300");
  await page.getByLabel("Ville").fill("Rochefort");
  await page.getByRole("button", { name: "Mettre à jour les modes de livraison" }).click();
  await expect(page.getByText(/^Modes de livraison calculés pour : /)).toBeVisible({ timeout: 15_000 });
  await expect(courierFee).toContainText("3,50");
});

test("a shopper's account shows no order at first, then the order just paid, linked to its page", async ({ page }) => {
  await signUpAndConfirm(page, {
    name: "Jeanne Compte",
    email: `compte-${Date.now()}@example.test`,
    password: "un-mot-de-passe-solide",
  });
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
  await page.goto("/account");
  const latest = page.getByRole("region", { name: "Mes dernières commandes" });
  await expect(latest.getByRole("heading", { name: "Aucune commande pour l'instant" })).toBeVisible();

  await addToCart(page, BOOK);
  await page.goto("/cart");
  await chooseDelivery(page, BOOK.shopName, /^Envoi postal/);
  await page.getByRole("link", { name: "Commander" }).click();
  await expect(page.getByText("Commande au nom de votre compte :")).toBeVisible();
  await page.getByLabel("Nom complet").fill("Jeanne Compte");
  await fillDeliveryAddress(page);
  await submitCheckout(page);
  await payWithCard(page);
  const { number } = await readPaidOrder(page);

  await page.goto("/account");
  await expect(latest.getByRole("heading", { name: "Aucune commande pour l'instant" })).toHaveCount(0);
  await expect(latest.getByText(BOOK.shopName)).toBeVisible();
  await expect(latest.getByText("En attente d'acceptation par la boutique")).toBeVisible();
  await expect(latest.getByText(/ · Payée — en attente d'acceptation par les boutiques$/)).toBeVisible();
  await latest.getByRole("link", { name: `Commande ${number}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Commande ${number}` })).toBeVisible();
  await page.goto("/account");
  await latest.getByRole("link", { name: "Voir toutes mes commandes" }).click();
  await expect(page).toHaveURL(/\/account\/orders$/);
  await expect(page.getByRole("link", { name: `Commande ${number}` })).toBeVisible();
});
