import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signUpAndConfirm } from "./support";

// The address book (/account/addresses) of a shopper who has just signed up: an empty book to start.
const PASSWORD = "un-mot-de-passe-solide";

async function signUpShopper(page: Page) {
  await signUpAndConfirm(page, {
    name: "Camille Carnet",
    email: `e2e-addresses-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`,
    password: PASSWORD,
  });
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
}

async function fillAddress(page: Page, address: { line1: string; postalCode: string }) {
  await page.getByLabel("Destinataire").fill("Camille Martin");
  await page.getByLabel("Adresse", { exact: true }).fill(address.line1);
  await page.getByLabel("Code postal").fill(address.postalCode);
  await page.getByLabel("Ville").fill("Lyon");
}

const savedList = (page: Page) => page.getByRole("list", { name: "Adresses enregistrées" });

test("a shopper adds, edits and deletes a saved address; an unknown postcode is refused and adds nothing", async ({
  page,
}) => {
  await signUpShopper(page);
  await page.goto("/account");
  await page.getByRole("link", { name: /^Mes adresses/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mes adresses" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Aucune adresse enregistrée" })).toBeVisible();
  await expect(page.getByText("Adresses enregistrées : 0 / 20")).toBeVisible();

  // An unknown postcode: the error beside the field, what was typed kept, nothing added.
  await fillAddress(page, { line1: "12 rue Mercière", postalCode: "00000" });
  await page.getByRole("button", { name: "Ajouter l'adresse" }).click();
  const postcode = page.getByLabel("Code postal");
  await expect(postcode).toHaveAccessibleDescription("Ce code postal est inconnu : vérifiez-le.");
  await expect(postcode).toHaveAttribute("aria-invalid", "true");
  await expect(postcode).toBeFocused();
  await expect(page.getByLabel("Adresse", { exact: true })).toHaveValue("12 rue Mercière");
  await expect(page.getByText("Adresses enregistrées : 0 / 20")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Aucune adresse enregistrée" })).toBeVisible();

  // Corrected: the address appears in the list.
  await postcode.fill("69002");
  await page.getByRole("button", { name: "Ajouter l'adresse" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Adresse ajoutée." })).toBeVisible();
  await expect(page.getByText("Adresses enregistrées : 1 / 20")).toBeVisible();
  await expect(savedList(page).getByRole("listitem")).toHaveCount(1);
  await expect(savedList(page).getByText("69002 Lyon")).toBeVisible();
  await expect(page.getByLabel("Adresse", { exact: true })).toHaveValue("");

  // Edit it: the form shows the saved values.
  await page.getByRole("link", { name: "Modifier l'adresse 12 rue Mercière, 69002 Lyon" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Modifier l'adresse" })).toBeVisible();
  await expect(page.getByLabel("Destinataire")).toHaveValue("Camille Martin");
  const editUrl = page.url();
  await page.getByLabel("Adresse", { exact: true }).fill("5 place Bellecour");
  await page.getByLabel("Téléphone (facultatif)").fill("06 12 34 56 78");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Adresse modifiée." })).toBeVisible();
  await expect(savedList(page).getByText("5 place Bellecour")).toBeVisible();
  await expect(savedList(page).getByText("Tél. : 06 12 34 56 78")).toBeVisible();
  await expect(savedList(page).getByText("12 rue Mercière")).toHaveCount(0);

  // Delete it: a confirmation step first; "Annuler" keeps it.
  await page.getByRole("link", { name: "Supprimer l'adresse 5 place Bellecour, 69002 Lyon" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Supprimer cette adresse ?" })).toBeVisible();
  await page.getByRole("link", { name: "Annuler" }).click();
  await expect(savedList(page).getByRole("listitem")).toHaveCount(1);
  await page.getByRole("link", { name: "Supprimer l'adresse 5 place Bellecour, 69002 Lyon" }).click();
  await page.getByRole("button", { name: "Oui, supprimer l'adresse" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Adresse supprimée." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Aucune adresse enregistrée" })).toBeVisible();
  await expect(page.getByText("Adresses enregistrées : 0 / 20")).toBeVisible();

  // The deleted address's pages are gone.
  await page.goto(editUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
});

test("without JavaScript, an address is added and deleted after confirming", async ({ page, browser }) => {
  await signUpShopper(page);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const noJs = await context.newPage();
  await noJs.goto("/account/addresses");
  await fillAddress(noJs, { line1: "8 rue Sans Script", postalCode: "69001" });
  await noJs.getByRole("button", { name: "Ajouter l'adresse" }).click();
  await expect(noJs.getByRole("status").filter({ hasText: "Adresse ajoutée." })).toBeVisible();
  await expect(savedList(noJs).getByText("8 rue Sans Script")).toBeVisible();

  await noJs.getByRole("link", { name: "Supprimer l'adresse 8 rue Sans Script, 69001 Lyon" }).click();
  await noJs.getByRole("button", { name: "Oui, supprimer l'adresse" }).click();
  await expect(noJs.getByRole("status").filter({ hasText: "Adresse supprimée." })).toBeVisible();
  await expect(noJs.getByRole("heading", { name: "Aucune adresse enregistrée" })).toBeVisible();
  await context.close();
});
