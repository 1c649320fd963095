import { expect, test } from "@playwright/test";
import { addToCart, checkOutAndPay, chooseDelivery, SHOPPER, signIn } from "../e2e/support";
import { query, receivedMails, WEB_PROCESS_HEADER } from "./cluster";

// A checkout through nginx with the web processes running no jobs (HALLE_JOBS=off) and one worker
// (docs/scaling.md, "Running several processes"; docs/architecture.md, Jobs): the order is paid
// once, and each of its e-mails is sent by the worker, through the SMTP server, exactly once.

const BOOK = {
  shop: "librairie-la-corderie",
  shopName: "Librairie La Corderie",
  title: "Pêcheur d'Islande — Pierre Loti (poche)",
};

type EmailRow = { to: string; template: string; subject: string; status: string };

test("a checkout through nginx: paid once, each of its e-mails sent once by the worker", async ({ page }) => {
  // The worker sends at its next delivery run (every minute): allow two.
  test.setTimeout(180_000);
  const answeredBy = new Set<string>();
  page.on("response", (response) => {
    const name = response.headers()[WEB_PROCESS_HEADER];
    if (name) answeredBy.add(name);
  });

  await signIn(page, SHOPPER.email, SHOPPER.password);
  await addToCart(page, BOOK);
  await page.goto("/cart");
  await chooseDelivery(page, BOOK.shopName, /^Envoi postal/);
  const { orderId, number } = await checkOutAndPay(page);
  // nginx balanced the journey's requests over both processes.
  expect([...answeredBy].sort()).toEqual(["web-1", "web-2"]);

  const [order] = await query<{ status: string; paid: number }>(
    `SELECT o.status::text AS status,
            (SELECT count(*)::int FROM "AuditLog" a WHERE a."entityId" = o.id AND a.action = 'order.paid') AS paid
       FROM "Order" o WHERE o.id = $1`,
    [orderId],
  );
  expect(order).toEqual({ status: "PAID", paid: 1 });

  // Queued with the payment: one to the shopper, one to the shop.
  const emails = () =>
    query<EmailRow>(
      `SELECT "to", template, subject, status::text AS status FROM "EmailMessage"
        WHERE data->>'orderNumber' = $1 ORDER BY template`,
      [number],
    );
  expect((await emails()).map((email) => email.template)).toEqual(["order.confirmed", "order.received"]);
  await expect
    .poll(async () => (await emails()).map((email) => email.status), { timeout: 150_000, intervals: [2_000] })
    .toEqual(["SENT", "SENT"]);

  // Each arrived at the SMTP server once, and no other message speaks of this order.
  const sent = await emails();
  const mails = receivedMails();
  for (const email of sent) {
    const copies = mails.filter((mail) => mail.to.includes(email.to) && mail.subject === email.subject);
    expect(copies, `${email.template} to ${email.to}`).toHaveLength(1);
  }
  expect(mails.filter((mail) => mail.subject.includes(number) || mail.text.includes(number))).toHaveLength(sent.length);
  const [shopper] = sent.filter((email) => email.template === "order.confirmed");
  expect(shopper!.to).toBe(SHOPPER.email);
});
