import { expect, test } from "./fixtures";

// The weekday the shop page should mark as today: Paris time, the shops' time zone.
function todayInParis(): string {
  return new Intl.DateTimeFormat("fr-FR", { weekday: "long", timeZone: "Europe/Paris" }).format(new Date());
}

test("a signed-out visitor sees an approved shop's page and writes to the shop", async ({ page }) => {
  await page.goto("/shops/librairie-la-corderie");
  await expect(page.getByRole("heading", { level: 1, name: "Librairie La Corderie" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Statut d'ouverture" })).toContainText(/Ouvert maintenant|Fermé/);

  // Opening hours, with today's row (and only it) marked.
  const hours = page.getByRole("region", { name: "Horaires d'ouverture" });
  const today = hours.getByRole("row", { name: new RegExp(todayInParis(), "i") });
  await expect(today).toHaveAttribute("aria-current", "date");
  await expect(today).toContainText("aujourd'hui");
  await expect(hours.locator('[aria-current="date"]')).toHaveCount(1);

  const delivery = page.getByRole("region", { name: "Modes de livraison" });
  await expect(delivery.getByText("Retrait en boutique (click & collect)")).toBeVisible();
  await expect(delivery.getByText(/Livraison locale dans un rayon de \d+ km/)).toBeVisible();
  await expect(delivery.getByText("Envoi postal vers : France")).toBeVisible();

  // The address and the map area; the OpenStreetMap link works without tiles or JavaScript.
  const address = page.getByRole("region", { name: "Adresse" });
  await expect(address.getByText("87 rue Pierre Loti")).toBeVisible();
  await expect(address.getByRole("region", { name: "Carte de l'emplacement de Librairie La Corderie" })).toBeVisible();
  await expect(address.getByRole("link", { name: "Ouvrir dans OpenStreetMap" })).toHaveAttribute(
    "href",
    /openstreetmap\.org\/\?mlat=/,
  );

  const contact = page.getByRole("region", { name: "Contact", exact: true });
  await expect(contact.getByRole("link", { name: "05 46 99 48 07" })).toHaveAttribute("href", "tel:0546994807");
  await expect(contact.getByRole("link", { name: "Instagram" })).toHaveAttribute("rel", "noopener noreferrer");
  // The reviews section: empty in the demo data, unless the reviews journey (reviews.spec.ts, run
  // before this one) has rated this shop by now.
  await expect(page.getByRole("region", { name: "Avis" })).toBeVisible();

  // The contact form: a bad e-mail is refused on its field, which receives focus.
  const form = page.getByRole("region", { name: "Contacter la boutique / obtenir de l'aide" });
  await form.getByLabel("Votre nom").fill("Camille Durand");
  await form.getByLabel("Votre e-mail").fill("pas-une-adresse");
  await form.getByLabel("Votre message").fill("Bonjour, avez-vous le dernier tome de la série en stock ?");
  await form.getByRole("button", { name: "Envoyer le message" }).click();
  const email = form.getByLabel("Votre e-mail");
  await expect(form.getByText("Indiquez une adresse e-mail valable, par exemple nom@exemple.fr.")).toBeVisible();
  await expect(email).toBeFocused();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  // What was typed is kept.
  await expect(form.getByLabel("Votre message")).toHaveValue(
    "Bonjour, avez-vous le dernier tome de la série en stock ?",
  );

  await email.fill("camille@example.fr");
  await form.getByRole("button", { name: "Envoyer le message" }).click();
  await expect(form.getByRole("status")).toHaveText("Message envoyé : la boutique vous répondra par e-mail.");
  await expect(form.getByLabel("Votre e-mail")).toHaveValue("");
});

test("a shop that is not approved answers 404", async ({ page }) => {
  const response = await page.goto("/shops/brulerie-du-quai");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
});
