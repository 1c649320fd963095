import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { OPERATOR, SHOPPER, chooseDelivery, checkOutAndPay, signIn, signUpAndConfirm } from "./support";

// The ambassador programme (docs/business-models.md, ambassadors) on the demo data: "Le Rucher de
// Saintonge" (standard plan, 10 % commission) sells its chestnut honey at 9,90 €, so an
// ambassador's share of one jar is 7 % of 9,90 € = 0,69 €, carved out of the 0,99 € commission.
const HONEY = {
  shop: "le-rucher-de-saintonge",
  shopName: "Le Rucher de Saintonge",
  title: "Miel de châtaignier (500 g)",
};

/** A new account (signed in once created): the ambassador of this journey. */
async function signUp(page: Page, name: string) {
  await signUpAndConfirm(page, {
    name,
    email: `e2e-ambassador-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`,
    password: "un-mot-de-passe-solide",
  });
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
}

/** The product page's address, found from its shop's page. */
async function productUrl(page: Page): Promise<string> {
  await page.goto(`/shops/${HONEY.shop}`);
  await page.locator("#products").getByRole("link", { name: HONEY.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: HONEY.title })).toBeVisible();
  return page.url();
}

test("an ambassador shares a product link; a shopper buys through it; the ambassador sees the order and 7 % pending", async ({
  page,
  browser,
}) => {
  const name = `Ambre Ambassadrice ${Date.now()}`;
  await signUp(page, name);

  // The account menu leads to the programme, which explains it with the marketplace's figures.
  const header = page.getByRole("banner");
  await header.getByText(name).click();
  await header.getByRole("link", { name: "Programme ambassadeur" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Programme ambassadeur" })).toBeVisible();
  await expect(page.getByText(/Vous gagnez 7\s%/)).toBeVisible();
  await expect(page.getByText(/pendant 30 jours/)).toBeVisible();

  await page.getByRole("button", { name: "Devenir ambassadeur" }).click();
  await expect(page).toHaveURL(/\/ambassador\?status=joined/);
  await expect(page.getByRole("status").filter({ hasText: "Bienvenue dans le programme" })).toBeVisible();
  const code = (await page.getByTestId("ambassador-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{8}$/);
  await expect(page.getByRole("heading", { name: "Pas encore de gains" })).toBeVisible();
  await expect(page.getByLabel("Lien vers l'accueil")).toHaveValue(new RegExp(`/\\?ref=${code}$`));

  // Bank details (docs/payouts.md, ambassadors): with no account yet, the next payout says why it
  // will not happen; a bad IBAN is refused on its field; a good one is saved and shown masked.
  const nextPayout = page.getByTestId("next-payout");
  await expect(nextPayout).toContainText("vous n'avez pas encore enregistré de compte bancaire");
  await expect(page.getByRole("heading", { name: "Aucun versement pour l'instant" })).toBeVisible();
  const bank = page.getByRole("region", { name: "Vos coordonnées bancaires" });
  await bank.getByLabel("Titulaire du compte").fill(name);
  const iban = bank.getByLabel("IBAN", { exact: true });
  await iban.fill("FR76 3000 6000 0112 3456 7890 188");
  await bank.getByRole("button", { name: "Enregistrer mes coordonnées" }).click();
  await expect(iban).toHaveAttribute("aria-invalid", "true");
  await expect(iban).toHaveAccessibleDescription(/Cet IBAN n'est pas valide/);
  await expect(iban).toBeFocused();
  await iban.fill("fr76 3000 6000 0112 3456 7890 189");
  await bank.getByRole("button", { name: "Enregistrer mes coordonnées" }).click();
  await expect(bank.getByRole("status")).toHaveText("Vos coordonnées bancaires sont enregistrées.");
  await expect(iban).toHaveAccessibleDescription(/IBAN enregistré : FR76 •••• •••• •••• •••• •••0 189/);
  await expect(iban).toHaveValue("");
  await expect(nextPayout).not.toContainText("compte bancaire");
  await expect(nextPayout).toContainText("aucun gain ne sera disponible");
  await expect(nextPayout).toContainText("le 10 et le 25 de chaque mois");

  // Without JavaScript the same form posts to the server: a new IBAN is checked, then saved.
  const noJsContext = await page
    .context()
    .browser()!
    .newContext({
      javaScriptEnabled: false,
      storageState: await page.context().storageState(),
    });
  const noJs = await noJsContext.newPage();
  await noJs.goto("/ambassador#bank");
  const noJsBank = noJs.getByRole("region", { name: "Vos coordonnées bancaires" });
  await noJsBank.getByLabel("IBAN", { exact: true }).fill("DE89 3704 0044 0532 0130 01");
  await noJsBank.getByRole("button", { name: "Enregistrer mes coordonnées" }).click();
  await expect(noJsBank.getByLabel("IBAN", { exact: true })).toHaveAccessibleDescription(/Cet IBAN n'est pas valide/);
  await noJsBank.getByLabel("IBAN", { exact: true }).fill("DE89 3704 0044 0532 0130 00");
  await noJsBank.getByRole("button", { name: "Enregistrer mes coordonnées" }).click();
  await expect(noJsBank.getByRole("status")).toHaveText("Vos coordonnées bancaires sont enregistrées.");
  await expect(noJsBank.getByLabel("IBAN", { exact: true })).toHaveAccessibleDescription(
    /IBAN enregistré : DE89 •••• •••• •••• ••30 00/,
  );
  await noJsContext.close();

  // On a phone: nothing wider than the screen (the tables scroll inside their own box).
  await page.setViewportSize({ width: 360, height: 800 });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Programme ambassadeur" })).toBeVisible();
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The link builder refuses another site's address, then makes the product's link.
  const product = await productUrl(page);
  await page.goto("/ambassador");
  const field = page.getByLabel("Adresse d'un produit ou d'une boutique");
  await field.fill("https://example.com/p/miel");
  await page.getByRole("button", { name: "Créer le lien" }).click();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/n'est pas celle de/);
  await field.fill(product);
  await page.getByRole("button", { name: "Créer le lien" }).click();
  const link = page.getByLabel("Votre lien à partager");
  await expect(link).toHaveValue(`${product}?ref=${code}`);
  const shared = await link.inputValue();

  // Another shopper opens the link: the address loses its ref, the browser keeps the referral.
  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  await signIn(shopper, SHOPPER.email, SHOPPER.password);
  await shopper.goto(shared);
  await expect(shopper).toHaveURL(product);
  await expect(shopper.getByRole("heading", { level: 1, name: HONEY.title })).toBeVisible();
  const cookies = await shopperContext.cookies();
  expect(cookies.find((cookie) => cookie.name === "halle_ref")).toMatchObject({ value: code, httpOnly: true });

  // …buys the honey and pays.
  await shopper.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(shopper.getByRole("status").filter({ hasText: "Ajouté au panier." })).toBeVisible();
  await shopper.goto("/cart");
  await chooseDelivery(shopper, HONEY.shopName, /^Retrait en boutique/);
  const { number } = await checkOutAndPay(shopper, { pickupOnly: true });
  await shopperContext.close();

  // The ambassador sees one click, one order and 0,69 € pending, the buyer unnamed.
  await page.goto("/ambassador");
  await expect(page.getByTestId("figure-clicks")).toHaveText("1");
  await expect(page.getByTestId("figure-orders")).toHaveText("1");
  await expect(page.getByTestId("figure-pending")).toHaveText(/^0,69\s€$/);
  await expect(page.getByTestId("figure-available")).toHaveText(/^0,00\s€$/);
  const earnings = page.getByRole("region", { name: "Vos gains, les plus récents d'abord" });
  const row = earnings.getByRole("row").filter({ hasText: HONEY.shopName });
  await expect(row).toContainText("En attente");
  await expect(row).toContainText(/0,69\s€/);
  await expect(row).not.toContainText(number);

  // The operator sees the ambassador in the programme's ranking.
  const operatorContext = await browser.newContext();
  const operator = await operatorContext.newPage();
  await signIn(operator, OPERATOR.email, OPERATOR.password);
  await operator.goto("/admin/ambassadors");
  await expect(operator.getByRole("heading", { level: 1, name: "Ambassadeurs" })).toBeVisible();
  await expect(
    operator
      .getByRole("region", { name: "Ambassadeurs classés par gains nets" })
      .getByRole("row", { name: new RegExp(code) }),
  ).toContainText(/0,69\s€/);
  await operatorContext.close();
});
