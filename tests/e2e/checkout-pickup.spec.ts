import { expect, test } from "./fixtures";
import {
  VENDOR,
  addToCart,
  chooseDelivery,
  fillDeliveryAddress,
  openVendorOrder,
  payWithCard,
  readPaidOrder,
  signIn,
  submitCheckout,
} from "./support";

// Checkout when nothing is delivered, and when the courier cannot deliver where the shopper lives,
// on the demo data (prisma/seed): "Le Rucher de Saintonge" (12 rue Saint-Michel, Saintes) offers
// click & collect; "Le Fournil Colbert" (Rochefort) delivers by courier within 4 km.
const HONEY = {
  shop: "le-rucher-de-saintonge",
  shopName: "Le Rucher de Saintonge",
  title: "Miel de châtaignier (500 g)",
};
const BREAD = {
  shop: "le-fournil-colbert",
  shopName: "Le Fournil Colbert",
  title: "Pain de campagne au levain (800 g)",
};
const HONEY_VENDOR = { email: "miellerie@halle.test", password: VENDOR.password };

test("a click & collect-only order asks for contact details only, and its pages show the pickup address", async ({
  page,
  browser,
}) => {
  await addToCart(page, HONEY);
  await page.goto("/cart");
  await chooseDelivery(page, HONEY.shopName, /^Retrait en boutique/);
  // The cart's summary reads the free pickup the same way as the shop's part.
  await expect(page.getByRole("region", { name: `Commande chez ${HONEY.shopName}` })).toContainText("Gratuit");
  await expect(page.getByText(/^0,00\s€$/)).toHaveCount(0);
  await page.getByRole("link", { name: "Commander" }).click();

  await expect(page).toHaveURL(/\/checkout$/);
  await expect(page.getByText("aucune adresse de livraison n'est demandée")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Adresse de livraison" })).toHaveCount(0);
  await expect(page.getByLabel("Adresse", { exact: true })).toHaveCount(0);
  await expect(page.getByLabel("Code postal")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Mettre à jour les modes de livraison" })).toHaveCount(0);
  await expect(page.getByText(/coursier|livreur/i)).toHaveCount(0);
  await expect(page.getByText("Retrait à la boutique : 12 rue Saint-Michel")).toBeVisible();

  await page.getByLabel("Adresse e-mail").fill(`retrait-${Date.now()}@example.test`);
  await page.getByLabel("Nom complet").fill("Camille Retrait");
  await page.getByLabel(/^Téléphone/).fill("06 12 34 56 78");
  await submitCheckout(page);
  await payWithCard(page);

  const { number } = await readPaidOrder(page);
  const honeyPart = page.getByRole("region", { name: HONEY.shopName });
  await expect(honeyPart.getByText(/^Retrait : 12 rue Saint-Michel/)).toBeVisible();
  await expect(page.getByText("Adresse de livraison")).toHaveCount(0);
  await expect(page.getByText(/^0,00\s€$/)).toHaveCount(0);

  // The beekeeper's page of the order shows where it is collected, not a delivery address.
  const vendorContext = await browser.newContext();
  const beekeeper = await vendorContext.newPage();
  await signIn(beekeeper, HONEY_VENDOR.email, HONEY_VENDOR.password);
  await openVendorOrder(beekeeper, number);
  await expect(beekeeper.getByText(/^Retrait : 12 rue Saint-Michel/)).toBeVisible({ timeout: 15_000 });
  await expect(beekeeper.getByText("Téléphone : 06 12 34 56 78")).toBeVisible();
  await expect(beekeeper.getByText("Adresse de livraison")).toHaveCount(0);
  await vendorContext.close();
});

test("a courier address out of the shop's radius is refused on the review, with Pay disabled and why", async ({
  page,
}) => {
  await addToCart(page, BREAD);
  await page.goto("/cart");
  await chooseDelivery(page, BREAD.shopName, /^Livraison par coursier local/);
  await page.getByRole("link", { name: "Commander" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Commander" })).toBeVisible();

  // Saintes is some 40 km from the bakery: the page says so as soon as it knows the address.
  await fillDeliveryAddress(page, { line: "3 cours National", postcode: "17100", city: "Saintes" });
  await page.getByRole("button", { name: "Mettre à jour les modes de livraison" }).click();
  await expect(page.getByText(/^Modes de livraison calculés pour : 17100/)).toBeVisible({ timeout: 15_000 });

  await expect(page.getByText("Le coursier local de cette boutique ne livre pas à cette adresse")).toBeVisible();
  const courierFee = page.getByRole("complementary").getByText(`Livraison — ${BREAD.shopName}`).locator("..");
  await expect(courierFee).toContainText("Indisponible");
  await expect(page.getByRole("complementary").getByText("À déterminer")).toHaveCount(0);
  const pay = page.getByRole("button", { name: /^Payer / });
  await expect(pay).toBeDisabled();
  await expect(pay).toHaveAccessibleDescription(
    /Paiement impossible pour l'instant : Le coursier local ne livre pas à cette adresse pour : Le Fournil Colbert/,
  );
});
