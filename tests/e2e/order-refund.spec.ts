import { expect, test } from "./fixtures";
import { openShopperOrder, openVendorOrder, SHOPPER, signIn, VENDOR } from "./support";

// A refund after the goods left (docs/domain.md, Refund), on the demo data (prisma/seed): the demo
// vendor refunds part of the book delivered by courier (order DEMO08, Librairie La Corderie) with a
// reason, after a confirmation step; the demo shopper sees the refund on their order page.
const ORDER = /^H-\d{4}-DEMO08$/;
const REASON = "Coin de couverture abîmé pendant la livraison";

test("the vendor refunds part of a delivered order with a reason; the shopper sees the refund", async ({
  page,
  browser,
}) => {
  await signIn(page, VENDOR.email, VENDOR.password);
  const number = await openVendorOrder(page, "DEMO08", { shopName: "Librairie La Corderie" });
  expect(number).toMatch(ORDER);

  const form = page.getByRole("region", { name: "Rembourser le client" });
  // A reason is required: nothing is asked to confirm without one.
  await form.getByRole("radio", { name: "Un montant" }).check();
  await form.getByLabel("Montant à rembourser").fill("2,00");
  await form.getByRole("button", { name: "Rembourser…" }).click();
  await expect(form.getByText("Indiquez un motif : le client le lira.")).toBeVisible();

  await form.getByLabel("Motif (envoyé au client)").fill(REASON);
  await form.getByRole("radio", { name: "Un montant" }).check();
  await form.getByLabel("Montant à rembourser").fill("2,00");
  await form.getByRole("button", { name: "Rembourser…" }).click();
  await expect(form.getByRole("heading", { name: /^Rembourser 2,00\s€ au client \?$/ })).toBeVisible();
  await form.getByRole("button", { name: /^Oui, rembourser 2,00\s€$/ }).click();

  await expect(page.getByText("Remboursement enregistré : le client est prévenu")).toBeVisible();
  const refunds = page.getByRole("region", { name: "Remboursements" });
  await expect(refunds.getByText(/^2,00\s€ — /).first()).toBeVisible();
  await expect(refunds.getByText(`Motif : ${REASON}`).first()).toBeVisible();
  // the status does not change
  await expect(page.getByText("Livrée").first()).toBeVisible();

  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  await signIn(shopper, SHOPPER.email, SHOPPER.password);
  await openShopperOrder(shopper, number);
  const shopperRefunds = shopper.getByRole("region", { name: "Remboursements" });
  await expect(shopperRefunds.getByText(/^2,00\s€ — /).first()).toBeVisible();
  await expect(shopperRefunds.getByText(/^\((En cours d’envoi|Remboursé)\)$/).first()).toBeVisible();
  await shopperContext.close();
});
