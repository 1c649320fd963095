import { expect, test, type Page } from "@playwright/test";
import { VENDOR, addToCart, chooseDelivery, signIn, switchShop } from "./support";

// Click & collect on the demo data (prisma/seed): the demo shopper orders bread for pickup at "Le
// Fournil Colbert"; the vendor accepts and marks it ready; the shopper gets a pickup code; at the
// counter a wrong code is refused and the right one hands the order over (docs/domain.md,
// ShopOrder states). A second order is cancelled by the shopper before the shop answers.
const SHOPPER = { email: "shopper@halle.test", password: "demo-shopper-2026" };
const BREAD = { shop: "le-fournil-colbert", shopName: "Le Fournil Colbert", title: "Baguette de tradition française" };

/** The shopper buys the bread for pickup and pays with the test card; returns the order's id and number. */
async function buyBreadForPickup(page: Page): Promise<{ orderId: string; number: string }> {
  await addToCart(page, BREAD);
  await page.goto("/cart");
  await chooseDelivery(page, BREAD.shopName, /^Retrait en boutique/);
  await page.getByRole("link", { name: "Commander" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Commander" })).toBeVisible();
  const name = page.getByLabel("Nom complet");
  if ((await name.count()) > 0 && !(await name.inputValue())) await name.fill("Camille Martin");
  await page.getByLabel("J'ai lu et j'accepte les conditions générales de vente").check();
  await page.getByRole("button", { name: /^Payer / }).click();
  await expect(page).toHaveURL(/\/checkout\/pay\//, { timeout: 20_000 });
  await page.getByLabel("Numéro de carte").fill("4242 4242 4242 4242");
  await page.getByLabel("Date d'expiration (MM/AA)").fill("12/39");
  await page.getByLabel("Code de sécurité (CVC)").fill("123");
  await page.getByRole("button", { name: /^Payer / }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Merci pour votre commande !" })).toBeVisible({
    timeout: 20_000,
  });
  const orderId = new URL(page.url()).pathname.split("/").pop()!;
  const number = (await page.getByText(/^Commande H-\d{4}-[A-Z0-9]+ — /).textContent())?.match(
    /H-\d{4}-[A-Z0-9]+/,
  )?.[0];
  expect(number).toBeTruthy();
  return { orderId, number: number! };
}

async function openVendorOrder(page: Page, number: string, tab: string) {
  await switchShop(page, BREAD.shopName, `/dashboard/orders?tab=${tab}`);
  await page.getByLabel("Chercher une commande").fill(number);
  await page.getByRole("button", { name: "Chercher" }).click();
  await page.getByRole("link", { name: `Ouvrir la commande ${number}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Commande ${number}` })).toBeVisible();
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
  await openVendorOrder(vendor, number, "toAccept");
  await vendor.getByRole("button", { name: "Accepter la commande" }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "Commande acceptée" })).toBeVisible();
  // A pickup is never shipped: the vendor is offered "ready for pickup", not a carrier.
  await expect(vendor.getByLabel("Transporteur")).toHaveCount(0);
  await vendor.getByRole("button", { name: "Prête au retrait" }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "Le client est prévenu" })).toBeVisible();
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
  await openVendorOrder(vendor, number, "cancelled");
  await expect(vendor.getByRole("button", { name: "Accepter la commande" })).toHaveCount(0);
  await vendorContext.close();
});
