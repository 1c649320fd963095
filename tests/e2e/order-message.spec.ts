import { expect, test } from "./fixtures";
import sharp from "sharp";
import { openShopperOrder, openVendorOrder, SHOPPER, signIn, VENDOR } from "./support";

// The conversation of a part (docs/domain.md, conversation), on the demo data (prisma/seed): the
// demo vendor writes to the demo shopper about an order at "Le Fournil Colbert" (DEMO04, accepted,
// to collect); the shopper sees the unread badge, opens the order, reads the message and replies
// with a photo; the vendor sees the reply and the photo loads through the checked file route.
const QUESTION = "Bonjour ! Il nous reste des croissants aux amandes : on vous en met un de côté ?";
const REPLY = "Volontiers, merci ! Voici le sac que j'apporterai.";

test("the vendor writes about an order; the shopper sees the badge, reads and replies with a photo", async ({
  page,
  browser,
}) => {
  await signIn(page, VENDOR.email, VENDOR.password);
  const number = await openVendorOrder(page, "DEMO04", { shopName: "Le Fournil Colbert" });

  const vendorThread = page.getByRole("region", { name: "Messages" });
  await vendorThread.getByLabel("Votre message").fill(QUESTION);
  await vendorThread.getByRole("button", { name: "Envoyer" }).click();
  await expect(vendorThread.getByRole("status").filter({ hasText: "Message envoyé." })).toBeVisible();
  await expect(vendorThread.getByText(QUESTION)).toBeVisible();
  await expect(vendorThread.getByLabel("Votre message")).toHaveValue("");

  // The shopper: a badge on the account menu and beside "My orders".
  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  await signIn(shopper, SHOPPER.email, SHOPPER.password);
  await shopper.goto("/");
  await expect(shopper.getByTestId("unread-orders-badge").first()).toBeVisible();
  await shopper
    .locator("summary")
    .filter({ has: shopper.getByTestId("unread-orders-badge") })
    .click();
  await expect(shopper.getByRole("link", { name: /^Mes commandes/ })).toContainText(/\d+ non lu/);
  await openShopperOrder(shopper, number);
  const shopperThread = shopper.getByRole("region", { name: "Messages" });
  await expect(shopperThread.getByText(QUESTION)).toBeVisible();
  await expect(shopperThread.getByText("Nouveau message")).toBeVisible();

  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 160, b: 90 } } })
    .png()
    .toBuffer();
  await shopperThread.getByLabel("Votre message").fill(REPLY);
  await shopperThread
    .getByLabel(/^Photos ou PDF/)
    .setInputFiles({ name: "sac-a-pain.png", mimeType: "image/png", buffer: photo });
  await shopperThread.getByRole("button", { name: "Envoyer" }).click();
  await expect(shopperThread.getByRole("status").filter({ hasText: "Message envoyé." })).toBeVisible();
  await expect(shopperThread.getByText(REPLY)).toBeVisible();
  // read once seen: the marker is gone on the next view
  await shopper.reload();
  await expect(shopper.getByRole("region", { name: "Messages" }).getByText(QUESTION)).toBeVisible();
  await expect(shopper.getByRole("region", { name: "Messages" }).getByText("Nouveau message")).toHaveCount(0);
  await shopperContext.close();

  // The vendor sees the reply and its photo, served by the checked route.
  await page.reload();
  const thread = page.getByRole("region", { name: "Messages" });
  await expect(thread.getByText(REPLY)).toBeVisible();
  const image = thread.getByRole("img", { name: "Photo jointe : sac-a-pain.png" });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(64);
  const src = await image.getAttribute("src");
  const response = await page.request.get(src!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  // signed out, the file is not served
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(new URL(src!, page.url()).toString())).status()).toBe(401);
  await anonymous.close();
});
