import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { OPERATOR, signIn } from "./support";

// The operator's plans (docs/business-models.md, subscriptions and billing): a reference model applied in one click,
// its rates read in words, a rule's rate edited, a bad value refused. Other specs offer the demo's
// plans to vendors: this one archives what it created, so the offered plans are as the demo seeds them.

const PRESET = "Produits et services";

async function openPlans(page: Page) {
  await page.goto("/admin/plans");
  await expect(page.getByRole("heading", { level: 1, name: "Formules et commissions" })).toBeVisible();
}

async function applyJewstorePreset(page: Page) {
  const presets = page.getByRole("region", { name: "Modèles de référence" });
  await presets.getByText(`Appliquer « ${PRESET} »`).click();
  await expect(presets.getByText("Crée 1 formule(s) : Produits et services.", { exact: false })).toBeVisible();
  await presets.getByRole("button", { name: "Créer les formules" }).first().click();
}

test("the operator applies a reference model, reads its rates, edits a rule and archives the plan", async ({
  page,
}) => {
  await signIn(page, OPERATOR.email, OPERATOR.password);
  await openPlans(page);
  const table = page.getByRole("table");
  await expect(table.getByRole("link", { name: "Standard" })).toBeVisible();
  await expect(table.getByRole("link", { name: "Premium" })).toBeVisible();

  await applyJewstorePreset(page);
  await expect(
    page.getByRole("status").filter({ hasText: `Modèle « ${PRESET} » appliqué : 1 formule(s) créée(s).` }),
  ).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: PRESET }) });
  await expect(row).toContainText("10 %");
  await expect(row).toContainText("+ 2 règle(s)");

  // Applied again: nothing new, and the operator is told so.
  await applyJewstorePreset(page);
  await expect(page.getByRole("status").filter({ hasText: "existent déjà : rien n'a été créé." })).toBeVisible();
  await expect(page.getByRole("link", { name: PRESET })).toHaveCount(1);

  await page.getByRole("link", { name: PRESET }).click();
  await expect(page.getByRole("heading", { level: 1, name: PRESET })).toBeVisible();
  const preview = page.getByRole("region", { name: "Ce que voient les vendeurs" });
  await expect(preview).toContainText("Commission par défaut : 10 % de chaque vente sans règle particulière.");
  await expect(preview).toContainText("20 % sur les services.");
  await expect(preview).toContainText("Frais de paiement à votre charge");
  await expect(preview).toContainText("Une règle de catégorie l'emporte sur une règle par type de produit");

  // The services rule goes from 20 % to 25 %.
  const servicesRule = page.getByRole("form", { name: "Règle : Service · Toutes les catégories" });
  await servicesRule.getByLabel("Taux (%)").fill("25");
  await servicesRule.getByRole("button", { name: "Enregistrer la règle" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Règle enregistrée." })).toBeVisible();
  await expect(preview).toContainText("25 % sur les services.");
  await expect(preview).not.toContainText("20 % sur les services.");

  // A rate above 100 % is refused beside its field, and nothing changes.
  const newRule = page.getByRole("form", { name: "Ajouter une règle" });
  await newRule.getByLabel("Type de produit").selectOption({ label: "Produit physique" });
  await newRule.getByLabel("Taux (%)").fill("120");
  await newRule.getByRole("button", { name: "Ajouter la règle" }).click();
  await expect(newRule.getByText("Saisissez un pourcentage de 0 à 100, par exemple 10 ou 2,5.")).toBeVisible();
  await expect(newRule.getByLabel("Taux (%)")).toHaveValue("120");
  await expect(preview).not.toContainText("sur les produits physiques");

  // Archived: no longer offered to vendors.
  const status = page.getByRole("region", { name: "Proposer ou archiver" });
  await status.getByText("Archiver la formule").click();
  await status.getByRole("button", { name: "Archiver", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Formule archivée" })).toBeVisible();
  await openPlans(page);
  await page.getByRole("link", { name: "Archivées", exact: true }).click();
  await expect(page.getByRole("row").filter({ hasText: PRESET })).toContainText("Archivée");
});
