import { expect, test } from "./fixtures";
import { signIn, VENDOR } from "./support";

// A vendor imports a spreadsheet with one bad row, reads the error (line and column), fixes the
// file, imports it, and finds the new products in their catalogue export.
test("import a CSV with one bad row, fix it, import it", async ({ page }) => {
  const run = Date.now().toString(36).toUpperCase();
  const header = "référence;titre;prix;description_courte;stock_suivi;stock;statut";
  const good = `E2E-${run}-1;Miche au levain ${run};6,80;Grosse miche de 1 kg;oui;5;brouillon`;
  const bad = (price: string) => `E2E-${run}-2;Pain aux noix ${run};${price};Noix du Périgord;oui;3;brouillon`;
  const file = (price: string) => ({
    name: "catalogue.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`${header}\n${good}\n${bad(price)}\n`, "utf8"),
  });

  await signIn(page, VENDOR.email, VENDOR.password);
  await page.goto("/dashboard/products/import");
  await expect(page.getByRole("heading", { level: 1, name: "Importer et exporter le catalogue" })).toBeVisible();

  await page.getByLabel(/Fichier CSV/).setInputFiles(file("-3"));
  await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  const errors = page.getByRole("table", { name: "Erreurs à corriger" });
  await expect(errors).toBeVisible({ timeout: 20_000 });
  const errorRow = errors.getByRole("row").nth(1);
  await expect(errorRow.getByRole("cell").nth(0)).toHaveText("3");
  await expect(errorRow.getByRole("cell").nth(1)).toHaveText("prix");
  await expect(errorRow.getByRole("cell").nth(2)).toContainText("prix positif");
  await expect(page.getByText("Corrigez le fichier et importez-le à nouveau")).toBeVisible();
  await expect(page.getByRole("button", { name: "Confirmer l'import" })).toHaveCount(0);

  await page.getByLabel(/Fichier CSV/).setInputFiles(file("4,20"));
  await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  await expect(page.getByText("Aucune erreur : vous pouvez confirmer l'import.")).toBeVisible({ timeout: 20_000 });
  const toCreate = page.locator("dl div").filter({ hasText: "Produits à créer" }).locator("dd");
  await expect(toCreate).toHaveText("2");
  await page.getByRole("button", { name: "Confirmer l'import" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Import terminé : 2 produits créés" })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole("button", { name: "Confirmer l'import" })).toHaveCount(0);

  // The catalogue now holds both products (the export is the vendor's own view of it).
  const exported = await page.request.get("/dashboard/products/export");
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-disposition"]).toMatch(/attachment; filename="catalogue-.+\.csv"/);
  const csv = await exported.text();
  expect(csv).toContain(`Miche au levain ${run}`);
  expect(csv).toContain(`Pain aux noix ${run}`);
  expect(csv).toContain("4,20");
});
