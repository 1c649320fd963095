import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  SHOPPER,
  VENDOR,
  addToCart,
  checkOutAndPay,
  chooseDelivery,
  openVendorOrder,
  signIn,
  type PaidOrder,
} from "./support";

// Click & collect on the demo data (prisma/seed): the demo shopper orders bread for pickup at "Le
// Fournil Colbert"; the vendor accepts and marks it ready; the shopper gets a pickup code; at the
// counter a wrong code is refused and the right one hands the order over (docs/domain.md,
// ShopOrder states). A second order is cancelled by the shopper before the shop answers; a third
// is refused by the shop with a reason, and the shopper is refunded.
const BREAD = { shop: "le-fournil-colbert", shopName: "Le Fournil Colbert", title: "Baguette de tradition française" };

/** The shopper buys the bread for pickup and pays with the test card; returns the order's id and number. */
async function buyBreadForPickup(page: Page): Promise<PaidOrder> {
  await addToCart(page, BREAD);
  await page.goto("/cart");
  await chooseDelivery(page, BREAD.shopName, /^Retrait en boutique/);
  return checkOutAndPay(page, { pickupOnly: true });
}

test("click & collect: ready for pickup, the shopper's code is checked at the counter, then handed over", async ({
  page,
  browser,
}) => {
  await signIn(page, SHOPPER.email, SHOPPER.password);
  const { orderId, number } = await buyBreadForPickup(page);

  const vendorContext = await browser.newContext();
  const vendor = await vendorContext.newPage();
  await signIn(vendor, VENDOR.email, VENDOR.password);
  await openVendorOrder(vendor, number, { shopName: BREAD.shopName, tab: "toAccept" });
  await vendor.getByRole("button", { name: "Accepter la commande" }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "Commande acceptée" })).toBeVisible();
  // A pickup is never shipped: the vendor is offered "ready for pickup", not a carrier.
  await expect(vendor.getByLabel("Transporteur")).toHaveCount(0);
  await vendor.getByRole("button", { name: "Prête au retrait" }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "prête, avec son code de retrait" })).toBeVisible();
  await expect(vendor.getByText("Le client a le code de retrait : demandez-le lors de la remise.")).toBeVisible();

  // The shopper has the code; the vendor does not see it.
  await page.goto(`/account/orders/${orderId}`);
  const codeLine = page.getByText(/^Votre code de retrait : \d{6}$/);
  await expect(codeLine).toBeVisible();
  const code = (await codeLine.textContent())!.match(/\d{6}/)![0];
  await expect(vendor.getByText(code)).toHaveCount(0);

  // A wrong code is refused, and nothing changes.
  const wrong = code === "000000" ? "111111" : "000000";
  await vendor.getByLabel("Code de retrait").fill(wrong);
  await vendor.getByRole("button", { name: "Remettre", exact: true }).click();
  await expect(vendor.getByText("Ce code de retrait ne correspond pas à la commande.")).toBeVisible();
  await vendor.reload();
  await expect(vendor.getByRole("region", { name: "Historique" }).getByText("Remise au client")).toHaveCount(0);

  // The right code hands it over.
  await vendor.getByLabel("Code de retrait").fill(code);
  await vendor.getByRole("button", { name: "Remettre", exact: true }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "Commande remise au client." })).toBeVisible();
  await expect(vendor.getByRole("region", { name: "Historique" }).getByText("Remise au client")).toBeVisible();
  await vendorContext.close();

  await page.reload();
  await expect(page.getByText(/^Votre code de retrait/)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Bien reçu, tout va bien" })).toBeVisible();
});

test("the shopper cancels a part the shop has not accepted yet, after confirming; the vendor sees it cancelled", async ({
  page,
  browser,
}) => {
  await signIn(page, SHOPPER.email, SHOPPER.password);
  const { orderId, number } = await buyBreadForPickup(page);
  await page.goto(`/account/orders/${orderId}`);
  await page.getByRole("button", { name: "Annuler…" }).click();
  await expect(page.getByRole("heading", { name: "Annuler votre commande chez cette boutique ?" })).toBeVisible();
  await page.getByRole("button", { name: "Oui, annuler" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Cette partie de votre commande est annulée" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Annuler…" })).toHaveCount(0);

  const vendorContext = await browser.newContext();
  const vendor = await vendorContext.newPage();
  await signIn(vendor, VENDOR.email, VENDOR.password);
  await openVendorOrder(vendor, number, { shopName: BREAD.shopName, tab: "cancelled" });
  await expect(vendor.getByRole("button", { name: "Accepter la commande" })).toHaveCount(0);
  await vendorContext.close();
});

test("the vendor refuses a part with a reason and a confirmation: the shopper is refunded and reads why", async ({
  page,
  browser,
}) => {
  await signIn(page, SHOPPER.email, SHOPPER.password);
  const { orderId, number } = await buyBreadForPickup(page);

  const vendorContext = await browser.newContext();
  const vendor = await vendorContext.newPage();
  await signIn(vendor, VENDOR.email, VENDOR.password);
  await openVendorOrder(vendor, number, { shopName: BREAD.shopName, tab: "toAccept" });
  await vendor.getByLabel("Motif").fill("Four en panne cette semaine, désolé.");
  await vendor.getByRole("button", { name: "Refuser…" }).click();
  await expect(vendor.getByRole("heading", { name: "Refuser cette commande ?" })).toBeVisible();
  await vendor.getByRole("button", { name: "Oui, refuser la commande" }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "Commande refusée" })).toBeVisible();
  await expect(vendor.getByText("Rien à faire sur cette commande pour le moment.")).toBeVisible();
  await vendor.goto("/dashboard/orders?tab=cancelled");
  await expect(vendor.getByRole("link", { name: `Ouvrir la commande ${number}` })).toBeVisible();
  await vendorContext.close();

  await page.goto(`/account/orders/${orderId}`);
  const bread = page.getByRole("region", { name: BREAD.shopName, exact: true });
  await expect(bread.getByText("Refusée par la boutique")).toBeVisible();
  await expect(page.getByText("Motif de la boutique : Four en panne cette semaine, désolé.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Remboursements" }).getByText(/^Remboursé jusqu’ici : /)).toBeVisible();
  await expect(page.getByText("Annulée — vous êtes remboursé")).toBeVisible();
});
