import { expect, test } from "./fixtures";
import { onboardUpToPlan, signUpAsVendor } from "./onboarding-support";
import { SHOPPER, VENDOR, addToCart, checkOutAndPay, chooseDelivery, openVendorOrder, signIn } from "./support";

// A vendor's plan, from choosing it to seeing what it takes (docs/business-models.md, subscriptions and billing, and
// fees): a new trader picks the demo's subscription plan ("Premium": 39,99 € a month, 5 %) during
// onboarding and reads its rates, worked through the fee engine, on the Rates page; then the demo
// vendor's shop on the standard plan (10 %) sells a baguette and sees the commission on the order.
const BREAD = { shop: "le-fournil-colbert", shopName: "Le Fournil Colbert", title: "Baguette de tradition française" };

test("a new vendor chooses the subscription plan during onboarding and reads its rates, worked through", async ({
  page,
}) => {
  const stamp = `${Date.now()}`.slice(-7);
  const shopName = `Atelier Girard ${stamp}`;
  await signUpAsVendor(page, "Maëlle Girard", `maelle-${stamp}@example.test`);
  await onboardUpToPlan(page, {
    name: shopName,
    trade: "Formatrice",
    description: "Ateliers de couture et patrons à télécharger.",
    street: "8 rue Audry de Puyravault",
    pickupInstructions: "À l'atelier, le mercredi.",
    legalName: "Maëlle Girard",
    colour: { r: 40, g: 90, b: 180 },
  });

  // 6. Every plan offered, with its rates in words; the marketplace's default is pre-selected.
  const plans = page.getByRole("group", { name: "Formules proposées" });
  const standard = plans.getByRole("radio", { name: /^Standard/ });
  const premium = plans.getByRole("radio", { name: /^Premium/ });
  await expect(standard).toBeChecked();
  await expect(plans.getByText(/^20\s%\ssur les services\.$/)).toBeVisible();
  await expect(plans.getByText(/^Abonnement : 39,99\s€ HT par mois/)).toBeVisible();
  // chosen with the keyboard
  await premium.focus();
  await page.keyboard.press("Space");
  await expect(premium).toBeChecked();
  await expect(standard).not.toBeChecked();
  await page.getByRole("button", { name: "Choisir cette formule et continuer" }).click();

  // 7. The review shows the plan chosen; the shop is sent.
  await expect(page).toHaveURL(/\/setup\/review$/, { timeout: 20_000 });
  const planStep = page.url().replace(/\/review$/, "/plan");
  await expect(page.getByText("Premium").first()).toBeVisible();
  await page.getByRole("button", { name: "Envoyer ma boutique" }).click();
  await expect(page.getByText("Boutique envoyée !")).toBeVisible({ timeout: 20_000 });

  // Back at the plan step (still open while the shop awaits review), the choice is kept.
  await page.goto(planStep);
  await expect(page.getByRole("radio", { name: /^Premium/ })).toBeChecked();

  // The Rates page: the plan, what it costs, and sales worked through the fee engine.
  await page.getByRole("link", { name: "Tarifs" }).click();
  await expect(page).toHaveURL(/\/dashboard\/rates$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tarifs" })).toBeVisible();
  const plan = page.getByRole("region", { name: "Votre formule" });
  await expect(plan.getByText("Premium", { exact: true }).first()).toBeVisible();
  await expect(plan.getByText(/Commission : 5\s% de chaque vente/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Ce que coûte votre formule" })).toContainText(/39,99\s€ HT/);

  const product = page.getByRole("article", { name: /^Un produit à 25,00\s€$/ });
  await expect(product.getByText(/Commission \(5\s%\)/)).toBeVisible();
  // 5 % of 25,00 € = 1,25 €, taken from what the vendor receives
  await expect(product.getByRole("definition").filter({ hasText: /1,25\s€/ })).toBeVisible();
  await expect(product.getByText("Vous recevez")).toBeVisible();
  const ambassador = page.getByRole("article", { name: /vendu par le lien d'un ambassadeur/ });
  await expect(
    ambassador.getByText("Prise sur la commission de la place de marché : votre net ne change pas."),
  ).toBeVisible();
});

test("the demo vendor's sale carries the commission its Rates page announces", async ({ page, browser }) => {
  // The demo vendor reads its rate first: Le Fournil Colbert is on the standard plan (10 % on products).
  const vendorContext = await browser.newContext();
  const vendor = await vendorContext.newPage();
  await signIn(vendor, VENDOR.email, VENDOR.password);
  await vendor.goto("/dashboard");
  await vendor.getByLabel("Boutique", { exact: true }).selectOption({ label: BREAD.shopName });
  await Promise.all([
    vendor.waitForResponse((response) => response.request().method() === "POST"),
    vendor.getByRole("button", { name: "Changer" }).click(),
  ]);
  await vendor.goto("/dashboard/rates");
  await expect(
    vendor.getByRole("article", { name: /^Un produit à 25,00\s€$/ }).getByText(/Commission \(10\s%\)/),
  ).toBeVisible();

  // A shopper buys a baguette (1,30 €) for pickup and pays.
  await signIn(page, SHOPPER.email, SHOPPER.password);
  await addToCart(page, BREAD);
  await page.goto("/cart");
  await chooseDelivery(page, BREAD.shopName, /^Retrait en boutique/);
  const { number } = await checkOutAndPay(page, { pickupOnly: true });

  // The vendor's order: 10 % of 1,30 € = 0,13 € of commission, deducted from what the shop is owed.
  await openVendorOrder(vendor, number, { shopName: BREAD.shopName });
  const commission = vendor
    .locator("dl div")
    .filter({ has: vendor.locator("dt", { hasText: /^Commission( de la place de marché)?$/ }) });
  await expect(commission).toContainText(/[-−]\s?0,13\s€/);
  await vendorContext.close();
});
