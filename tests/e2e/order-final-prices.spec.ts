import { expect, test } from "./fixtures";
import { SHOPPER, VENDOR, addToCart, checkOutAndPay, chooseDelivery, openVendorOrder, signIn } from "./support";

// Estimated prices (docs/domain.md, estimated prices) on the demo data (prisma/seed): "Les Jardins
// de la Charente" sells tomatoes by the kilo at an estimated 4,90 €. The shopper collects them; at
// the counter the vendor enters the final price beside the pickup code: above the estimate plus
// the margin (10 %: at most 5,39 €) it is refused; 5,20 € is accepted and both sides read the
// estimate, the final price and what is settled at the counter.
const TOMATOES = {
  shop: "les-jardins-de-la-charente",
  shopName: "Les Jardins de la Charente",
  title: "Tomates anciennes",
};
const GROWER = { email: "maraicher@halle.test", password: VENDOR.password };

test("click & collect by the kilo: the final price is entered at handover, the balance settled at the counter", async ({
  page,
  browser,
}) => {
  await signIn(page, SHOPPER.email, SHOPPER.password);
  await addToCart(page, TOMATOES);
  await page.goto("/cart");
  await chooseDelivery(page, TOMATOES.shopName, /^Retrait en boutique/);
  const { orderId, number } = await checkOutAndPay(page, { pickupOnly: true });

  const vendorContext = await browser.newContext();
  const vendor = await vendorContext.newPage();
  await signIn(vendor, GROWER.email, GROWER.password);
  await openVendorOrder(vendor, number, { tab: "toAccept" });
  await vendor.getByRole("button", { name: "Accepter la commande" }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "Commande acceptée" })).toBeVisible();
  // Nothing is weighed before the goods leave: no price asked to make it ready.
  await expect(vendor.getByLabel("Prix définitif — Tomates anciennes")).toHaveCount(0);
  await vendor.getByRole("button", { name: "Prête au retrait" }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "prête, avec son code de retrait" })).toBeVisible();

  await page.goto(`/account/orders/${orderId}`);
  const codeLine = page.getByText(/^Votre code de retrait : \d{6}$/);
  await expect(codeLine).toBeVisible();
  const code = (await codeLine.textContent())!.match(/\d{6}/)![0];

  // Above the estimate plus the margin: refused beside the field, nothing handed over.
  const price = vendor.getByLabel("Prix définitif — Tomates anciennes");
  await expect(price).toHaveAccessibleDescription(/Estimé 4,90\s€, au plus 5,39\s€/);
  await vendor.getByLabel("Code de retrait").fill(code);
  await price.fill("5,40");
  await vendor.getByRole("button", { name: "Remettre", exact: true }).click();
  await expect(vendor.getByText("Le prix définitif dépasse l'estimation plus la marge autorisée.")).toBeVisible();
  await expect(vendor.getByLabel("Prix définitif — Tomates anciennes")).toHaveValue("5,40");

  await vendor.getByLabel("Prix définitif — Tomates anciennes").fill("5,20");
  await vendor.getByRole("button", { name: "Remettre", exact: true }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "Commande remise au client." })).toBeVisible();
  await expect(vendor.getByText(/^Prix définitif : 5,20\s€ \(estimé 4,90\s€\)$/).first()).toBeVisible();
  await expect(vendor.getByText(/^À régler au retrait : 0,30\s€$/).first()).toBeVisible();
  await vendorContext.close();

  await page.reload();
  await expect(page.getByText(/^Prix définitif : 5,20\s€ \(estimé 4,90\s€\)$/)).toBeVisible();
  await expect(page.getByText(/^À régler au retrait : 0,30\s€$/)).toBeVisible();
});
