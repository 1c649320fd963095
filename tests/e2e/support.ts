import { expect, type Page } from "@playwright/test";

// Demo accounts (prisma/seed/accounts.ts) and the sign-in every journey starts with.
export const OPERATOR = { email: "operator@halle.test", password: "demo-operator-2026" };
export const VENDOR = { email: "vendor@halle.test", password: "demo-vendor-2026" };
export const APPLICANT = { email: "applicant@halle.test", password: "demo-applicant-2026" };

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 20_000 });
}

/**
 * Makes `shopName` the vendor's current dashboard shop, then opens `path` afresh. Waiting for the
 * switch's answer and loading the page again keeps a re-render of the switch, still in flight,
 * from resetting a form the test has started to fill.
 */
export async function switchShop(page: Page, shopName: string, path: string) {
  await page.getByLabel("Boutique", { exact: true }).selectOption({ label: shopName });
  await Promise.all([
    page.waitForResponse(
      (response) => response.request().method() === "POST" && new URL(response.url()).pathname.startsWith("/dashboard"),
    ),
    page.getByRole("button", { name: "Changer" }).click(),
  ]);
  await page.goto(path);
}

/** Opens a product from its shop's page and adds it to the cart. */
export async function addToCart(page: Page, product: { shop: string; title: string }) {
  await page.goto(`/shops/${product.shop}`);
  await page.locator("#products").getByRole("link", { name: product.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: product.title })).toBeVisible();
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ajouté au panier." })).toBeVisible();
}

/** Picks a shop's delivery method in the cart. */
export async function chooseDelivery(page: Page, shopName: string, method: RegExp) {
  const section = page.getByRole("region", { name: `Commande chez ${shopName}` });
  await section.getByRole("radio", { name: method }).check();
  await expect(section.getByText("Mode de livraison enregistré.")).toBeVisible();
}
