import { expect, test } from "./fixtures";
import {
  SHOPPER,
  VENDOR,
  addToCart,
  checkOutAndPay,
  chooseDelivery,
  openVendorOrder,
  signIn,
  switchShop,
} from "./support";

// An order's life on the demo data (prisma/seed): the demo shopper buys a book from "Librairie La
// Corderie" (posted) and a baguette from "Le Fournil Colbert" (click & collect), both shops of the
// demo vendor. The vendor accepts and ships the book with a tracking number, accepts the bread and
// makes it ready for pickup, then hands it over with the shopper's code; the shopper follows the
// parcel and says "received, all good" for both (docs/domain.md, ShopOrder states). The refusal is
// in order-pickup.spec.ts.
const BOOK = {
  shop: "librairie-la-corderie",
  shopName: "Librairie La Corderie",
  title: "Pêcheur d'Islande — Pierre Loti (poche)",
};
const BREAD = { shop: "le-fournil-colbert", shopName: "Le Fournil Colbert", title: "Baguette de tradition française" };

test("a shopper buys from two shops; one part is shipped with tracking, the other handed over with the pickup code; the shopper confirms both", async ({
  page,
  browser,
}) => {
  await signIn(page, SHOPPER.email, SHOPPER.password);
  await addToCart(page, BOOK);
  await addToCart(page, BREAD);
  await page.goto("/cart");
  await chooseDelivery(page, BOOK.shopName, /^Envoi postal/);
  await chooseDelivery(page, BREAD.shopName, /^Retrait en boutique/);
  const { orderId, number } = await checkOutAndPay(page);

  // Paid: the order is waiting for the shops, and says so.
  await expect(page.getByText("Payée — en attente d'acceptation par les boutiques")).toBeVisible();

  // The vendor accepts the book, then ships it with a tracking number.
  const vendorContext = await browser.newContext();
  const vendor = await vendorContext.newPage();
  await signIn(vendor, VENDOR.email, VENDOR.password);
  await vendor.goto("/dashboard/orders");
  await switchShop(vendor, BOOK.shopName, "/dashboard/orders?tab=toAccept");
  // The tab asked for is the current one, with its count.
  await expect(vendor.getByRole("link", { name: /^À accepter \(\d+\)$/ })).toHaveAttribute("aria-current", "page");
  await openVendorOrder(vendor, number, { tab: "toAccept" });
  await expect(vendor.getByText(/^À accepter sous /)).toBeVisible();
  await vendor.getByRole("button", { name: "Accepter la commande" }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "Commande acceptée" })).toBeVisible();
  await vendor.getByLabel("Transporteur").selectOption({ label: "Colissimo" });
  await vendor.getByLabel("Numéro de suivi").fill("6A 1234 5678 901");
  await vendor.getByRole("button", { name: "Marquer comme expédiée" }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "Commande expédiée" })).toBeVisible();
  await expect(vendor.getByRole("link", { name: "Suivre le colis sur le site du transporteur" })).toHaveAttribute(
    "href",
    /laposte\.fr.*6A12345678901/,
  );
  const history = vendor.getByRole("region", { name: "Historique" });
  await expect(history.getByText("Expédiée")).toBeVisible();
  await expect(history.getByText("Acceptée")).toBeVisible();

  // …and makes the bread ready for pickup: the shopper gets a code, shown at the counter.
  await openVendorOrder(vendor, number, { shopName: BREAD.shopName, tab: "toAccept" });
  await vendor.getByRole("button", { name: "Accepter la commande" }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "Commande acceptée" })).toBeVisible();
  await vendor.getByRole("button", { name: "Prête au retrait" }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "prête, avec son code de retrait" })).toBeVisible();
  await page.goto(`/account/orders/${orderId}`);
  const codeLine = page.getByText(/^Votre code de retrait : \d{6}$/);
  await expect(codeLine).toBeVisible();
  const code = (await codeLine.textContent())!.match(/\d{6}/)![0];
  await vendor.getByLabel("Code de retrait").fill(code);
  await vendor.getByRole("button", { name: "Remettre", exact: true }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "Commande remise au client." })).toBeVisible();
  await vendor.goto("/dashboard/orders?tab=done");
  await expect(vendor.getByRole("link", { name: `Ouvrir la commande ${number}` })).toBeVisible();
  await vendorContext.close();

  // The shopper follows the parcel, and has the bread.
  await page.goto(`/account/orders/${orderId}`);
  await expect(page.getByText("Payée — les boutiques préparent votre commande")).toBeVisible();
  await expect(page.getByRole("link", { name: "Suivre mon colis" })).toHaveAttribute(
    "href",
    /laposte\.fr.*6A12345678901/,
  );
  await expect(page.getByText("Envoyé avec Colissimo, numéro de suivi 6A12345678901.")).toBeVisible();
  const bread = page.getByRole("region", { name: BREAD.shopName, exact: true });
  await expect(bread.getByText("Livrée", { exact: true })).toBeVisible();
  await expect(page.getByText(/^Votre code de retrait/)).toHaveCount(0);

  // "Received, all good", for each part.
  const confirm = page.getByRole("button", { name: "Bien reçu, tout va bien" });
  await expect(confirm).toHaveCount(2);
  await confirm.first().click();
  await expect(page.getByRole("status").filter({ hasText: "Merci ! La boutique est prévenue" })).toBeVisible();
  await expect(confirm).toHaveCount(1);
  await confirm.click();
  await expect(confirm).toHaveCount(0);
  for (const shopName of [BOOK.shopName, BREAD.shopName])
    await expect(
      page.getByRole("region", { name: shopName, exact: true }).getByText("Réception confirmée"),
    ).toBeVisible();
  await expect(page.getByText(/ · Terminée$/)).toBeVisible();
});
