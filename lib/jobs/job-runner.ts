import "server-only";
import PgBoss from "pg-boss";
import { expireUnpaidOrders } from "@/lib/orders/expire-unpaid-orders";
import { deliverPendingEmails } from "@/lib/notifications/deliver-pending-emails";

// Durable jobs on the same PostgreSQL (pg-boss): they survive restarts and run once across any
// number of app or worker processes. By default they run inside the web server (instrumentation.ts).
export const EMAIL_DELIVERY_QUEUE = "email-delivery";
export const ORDER_EXPIRY_QUEUE = "order-expiry";

export type JobRunner = { boss: PgBoss; stop: () => Promise<void> };

export async function startJobRunner(
  connectionString: string,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<JobRunner> {
  const boss = new PgBoss({ connectionString, max: 3 });
  boss.on("error", (error) => console.error("[jobs] pg-boss error:", error));
  await boss.start();
  await boss.createQueue(EMAIL_DELIVERY_QUEUE, { name: EMAIL_DELIVERY_QUEUE, policy: "singleton" });
  // Every minute, pending e-mails are delivered (SMTP) or kept for the development mailbox.
  await boss.schedule(EMAIL_DELIVERY_QUEUE, "* * * * *");
  await boss.work(EMAIL_DELIVERY_QUEUE, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 5 }, async () => {
    const report = await deliverPendingEmails();
    if (report.sent + report.failed + report.kept > 0) console.log(`[jobs] e-mails: ${JSON.stringify(report)}`);
  });
  // Every minute, unpaid orders past their 15-minute hold give their stock back.
  await boss.createQueue(ORDER_EXPIRY_QUEUE, { name: ORDER_EXPIRY_QUEUE, policy: "singleton" });
  await boss.schedule(ORDER_EXPIRY_QUEUE, "* * * * *");
  await boss.work(ORDER_EXPIRY_QUEUE, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 5 }, async () => {
    const released = await expireUnpaidOrders();
    if (released > 0) console.log(`[jobs] unpaid orders released: ${released}`);
  });
  return { boss, stop: () => boss.stop({ graceful: true, wait: true }) };
}

/** Asks for a delivery run now rather than at the next minute. */
export async function requestEmailDelivery(runner: JobRunner): Promise<void> {
  await runner.boss.send(EMAIL_DELIVERY_QUEUE, {});
}
