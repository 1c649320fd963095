import { expect, test } from "./fixtures";
import { signUpAndConfirm } from "./support";

// Demo data (prisma/seed): "Le Rucher de Saintonge" (Saintes) offers click & collect, courier and
// post; "Terre & Sel" (La Rochelle) ships in "postage paid on delivery" and has one teapot left.
const HONEY = {
  shop: "le-rucher-de-saintonge",
  shopName: "Le Rucher de Saintonge",
  title: "Miel de châtaignier (500 g)",
};
const TEAPOT = { shop: "terre-et-sel-ceramique", shopName: "Terre & Sel", title: "Théière en grès (1 L)" };

async function openProduct(page: import("@playwright/test").Page, product: typeof HONEY) {
  await page.goto(`/shops/${product.shop}`);
  await page.locator("#products").getByRole("link", { name: product.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: product.title })).toBeVisible();
}

test("a guest fills a cart at two shops, picks delivery and a note, and keeps the cart by signing up", async ({
  page,
}) => {
  await openProduct(page, HONEY);
  await page.getByRole("textbox", { name: "Quantité", exact: true }).fill("2");
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ajouté au panier." })).toBeVisible();

  // One teapot left: asking for two says so, one goes in.
  await openProduct(page, TEAPOT);
  await page.getByRole("textbox", { name: "Quantité", exact: true }).fill("2");
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Il n'en reste que 1." })).toBeVisible();
  await page.getByRole("textbox", { name: "Quantité", exact: true }).fill("1");
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await page.getByRole("link", { name: "Voir le panier" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Panier" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Panier, 3 articles" })).toBeVisible();
  const rucher = page.getByRole("region", { name: `Commande chez ${HONEY.shopName}` });
  const terre = page.getByRole("region", { name: `Commande chez ${TEAPOT.shopName}` });
  await expect(page.getByRole("button", { name: "Commander" })).toBeDisabled();
  await expect(
    page.getByText("Choisissez un mode de livraison pour chaque boutique pour pouvoir commander."),
  ).toBeVisible();

  await rucher.getByRole("radio", { name: /^Retrait en boutique/ }).check();
  await expect(rucher.getByText("Mode de livraison enregistré.")).toBeVisible();
  await terre.getByRole("radio", { name: /^Envoi postal/ }).check();
  await expect(terre.getByText("Mode de livraison enregistré.")).toBeVisible();
  await expect(terre.getByText(/^Port payé à la réception/)).toBeVisible();
  await terre.getByRole("textbox", { name: `Message pour ${TEAPOT.shopName}` }).fill("Merci de bien l'emballer");
  await terre.getByRole("button", { name: "Enregistrer le message" }).click();
  await expect(terre.getByText("Message enregistré.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Commander" })).toHaveAttribute("href", "/checkout");

  // Removing a line can be undone.
  await rucher.getByRole("button", { name: `Retirer ${HONEY.title} du panier` }).click();
  await expect(page.getByText("Le produit a été retiré de votre panier.")).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Panier, 1 article" })).toBeVisible();
  await page.getByRole("button", { name: "Annuler le retrait" }).click();
  await expect(rucher.getByRole("textbox", { name: `Quantité de ${HONEY.title}` })).toHaveValue("2");
  await expect(rucher.getByRole("radio", { name: /^Retrait en boutique/ })).toBeChecked();

  // Signing up keeps the guest's cart, choices and note.
  await page.goto("/sign-up?callbackUrl=%2Fcart");
  await signUpAndConfirm(page, {
    name: "Léa Panier",
    email: `lea-${Date.now()}@example.test`,
    password: "un-mot-de-passe-solide",
  });
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Panier, 3 articles" })).toBeVisible();
  await expect(terre.getByRole("textbox", { name: `Message pour ${TEAPOT.shopName}` })).toHaveValue(
    "Merci de bien l'emballer",
  );

  // A quantity is typed as text (docs/i18n.md, digits in forms): the server judges its bounds and
  // the line's form says what is wrong; nothing changes.
  await rucher.getByRole("textbox", { name: `Quantité de ${HONEY.title}` }).fill("150");
  await rucher.getByRole("button", { name: `Mettre à jour la quantité de ${HONEY.title}` }).click();
  await expect(
    rucher.getByRole("alert").filter({ hasText: "Indiquez une quantité en nombre entier, de 1 à 99." }),
  ).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Panier, 3 articles" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a product is added and its quantity changed with plain forms", async ({ page }) => {
    await openProduct(page, HONEY);
    await page.getByRole("button", { name: "Ajouter au panier" }).click();
    await expect(page.getByText("Ajouté au panier.")).toBeVisible();
    await page.getByRole("link", { name: "Voir le panier" }).click();
    await page.getByRole("textbox", { name: `Quantité de ${HONEY.title}` }).fill("3");
    await page.getByRole("button", { name: `Mettre à jour la quantité de ${HONEY.title}` }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Panier, 3 articles" })).toBeVisible();
    await page.getByRole("button", { name: `Retirer ${HONEY.title} du panier` }).click();
    await expect(page.getByText("Votre panier est vide")).toBeVisible();
    await expect(page.getByRole("button", { name: "Annuler le retrait" })).toBeVisible();
  });

  test("a listing's cards add their own product through the listing's one form", async ({ page }) => {
    await page.goto("/");
    const products = page.getByRole("region", { name: "Nouveautés" }).getByRole("article");
    const second = products.nth(1);
    const title = (await second.getByRole("heading", { level: 3 }).textContent())!.trim();
    await second.getByRole("button", { name: `Ajouter ${title} au panier` }).click();
    // The page comes back with the confirmation on that card only, and the product in the cart.
    const cards = page.getByRole("region", { name: "Nouveautés" }).getByRole("article");
    await expect(cards.filter({ hasText: title }).getByRole("status")).toContainText("Ajouté au panier.");
    await expect(page.getByRole("region", { name: "Nouveautés" }).getByRole("status")).toHaveCount(1);
    await cards.filter({ hasText: title }).getByRole("link", { name: "Voir le panier" }).click();
    await expect(page.getByRole("textbox", { name: `Quantité de ${title}` })).toHaveValue("1");
  });
});
