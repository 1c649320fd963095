import { expect, test } from "./fixtures";
import {
  OPERATOR,
  SHOPPER,
  VENDOR,
  addToCart,
  checkOutAndPay,
  chooseDelivery,
  openVendorOrder,
  signIn,
} from "./support";

// A return taken to the marketplace (docs/domain.md, returns and escalations), on the demo data
// (prisma/seed): the demo shopper buys a book posted by "Librairie La Corderie"; the vendor ships
// and delivers it; the shopper reports it damaged, with a photo; the vendor refuses; the shopper
// escalates; an operator (escalated parts first in their list) refunds everything; the shopper sees
// the refund. The order is made through the pages, so the journey does not depend on earlier ones.
const BOOK = {
  shop: "librairie-la-corderie",
  shopName: "Librairie La Corderie",
  title: "Pêcheur d'Islande — Pierre Loti (poche)",
};
// A 1 × 1 PNG, as a phone's photo would be uploaded (the server decodes and re-encodes it).
const PHOTO = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

test("a shopper's damaged parcel: refused by the shop, escalated, refunded in full by the marketplace", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, SHOPPER.email, SHOPPER.password);
  await addToCart(page, BOOK);
  await page.goto("/cart");
  await chooseDelivery(page, BOOK.shopName, /^Envoi postal/);
  const { orderId, number } = await checkOutAndPay(page);

  // The vendor accepts, ships and marks the parcel delivered.
  const vendorContext = await browser.newContext();
  const vendor = await vendorContext.newPage();
  await signIn(vendor, VENDOR.email, VENDOR.password);
  await openVendorOrder(vendor, number, { shopName: BOOK.shopName, tab: "toAccept" });
  await vendor.getByRole("button", { name: "Accepter la commande" }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "Commande acceptée" })).toBeVisible();
  await vendor.getByLabel("Transporteur").selectOption({ label: "Colissimo" });
  await vendor.getByLabel("Numéro de suivi").fill("6A 1234 5678 902");
  await vendor.getByRole("button", { name: "Marquer comme expédiée" }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "Commande expédiée" })).toBeVisible();
  await vendor.getByRole("button", { name: "Marquer comme livrée" }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "Commande marquée comme livrée" })).toBeVisible();

  // The shopper reports the book damaged, with a photo, and confirms.
  await page.goto(`/account/orders/${orderId}`);
  const ask = page.getByRole("region", { name: "Signaler un problème ou demander un retour" });
  await ask.getByRole("radio", { name: "Article endommagé, erroné ou manquant" }).check();
  await ask.getByLabel("Expliquez").fill("La couverture est arrachée et des pages sont mouillées.");
  await ask
    .getByLabel("Photos (facultatif)")
    .setInputFiles({ name: "livre.png", mimeType: "image/png", buffer: PHOTO });
  await ask.getByRole("button", { name: "Envoyer la demande…" }).click();
  await expect(ask.getByRole("heading", { name: "Envoyer cette demande à la boutique ?" })).toBeVisible();
  await ask.getByRole("button", { name: "Oui, envoyer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Votre demande a été envoyée à la boutique." })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText("Demande envoyée : la boutique va répondre.")).toBeVisible();

  // The vendor finds it among the problems, sees the photo, and refuses with a reason.
  await openVendorOrder(vendor, number, { shopName: BOOK.shopName, tab: "problems" });
  const request = vendor.getByRole("region", { name: "Demande de retour" });
  await expect(request.getByText("Motif du client : La couverture est arrachée")).toBeVisible();
  await expect(request.getByRole("link", { name: "Photo 1 : livre.png" })).toHaveAttribute(
    "href",
    /^\/orders\/attachments\//,
  );
  await vendor.getByLabel("Motif", { exact: true }).fill("Le livre était intact à l'envoi, emballé sous film.");
  await vendor.getByRole("button", { name: "Refuser…" }).click();
  await expect(vendor.getByRole("heading", { name: "Refuser ce retour ?" })).toBeVisible();
  await vendor.getByRole("button", { name: "Oui, refuser le retour" }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "Retour refusé" })).toBeVisible();
  await vendorContext.close();

  // The shopper reads the refusal and takes it to the marketplace.
  await page.goto(`/account/orders/${orderId}`);
  await expect(page.getByText("La boutique refuse le retour.")).toBeVisible();
  await expect(page.getByText("Motif du refus : Le livre était intact à l'envoi, emballé sous film.")).toBeVisible();
  await page.getByLabel("Note à la place de marché (facultatif)").fill("Voyez la photo : l'eau vient du transport.");
  await page.getByRole("button", { name: "Saisir la place de marché…" }).click();
  await page.getByRole("button", { name: "Oui, saisir la place de marché" }).click();
  await expect(page.getByRole("status").filter({ hasText: "La place de marché a été saisie" })).toBeVisible();

  // An operator finds the escalated parts first, and refunds everything.
  const operatorContext = await browser.newContext();
  const operator = await operatorContext.newPage();
  await signIn(operator, OPERATOR.email, OPERATOR.password);
  await operator.goto("/admin/orders");
  const rows = operator.getByRole("list", { name: "Les commandes de toutes les boutiques" }).getByRole("listitem");
  await expect(rows.first().getByText("Litige en cours")).toBeVisible();
  await operator.getByLabel("Chercher une commande").fill(number);
  await operator.getByRole("button", { name: "Chercher" }).click();
  await operator.getByRole("link", { name: `Ouvrir la commande ${number} de ${BOOK.shopName}` }).click();
  const decision = operator.getByRole("region", { name: "Décision sur le litige" });
  await expect(operator.getByText("Note du client : Voyez la photo : l'eau vient du transport.")).toBeVisible();
  await decision.getByRole("radio", { name: /^Rembourser tout ce qui reste/ }).check();
  await decision.getByLabel("Note", { exact: true }).fill("Les photos montrent un dégât des eaux en transport.");
  await decision.getByRole("button", { name: "Décider…" }).click();
  await expect(decision.getByRole("heading", { name: "Confirmer cette décision ?" })).toBeVisible();
  await decision.getByRole("button", { name: "Oui, décider" }).click();
  await expect(operator.getByRole("status").filter({ hasText: "Décision enregistrée" })).toBeVisible();
  await operatorContext.close();

  // The shopper sees the decision and the refund.
  await page.goto(`/account/orders/${orderId}`);
  await expect(page.getByText("Retour clos : vous êtes remboursé.")).toBeVisible();
  await expect(page.getByText("Décision : tout rembourser")).toBeVisible();
  const refunds = page.getByRole("region", { name: "Remboursements" });
  await expect(refunds.getByText("Motif : Les photos montrent un dégât des eaux en transport.")).toBeVisible();
});
