import "server-only";
import PgBoss from "pg-boss";
import pg from "pg";
import { expireUnpaidOrders } from "@/lib/orders/expire-unpaid-orders";
import { runOrderDeadlines } from "@/lib/orders/run-order-deadlines";
import { deliverPendingEmails } from "@/lib/notifications/deliver-pending-emails";
import { processPendingRefunds } from "@/lib/payments/process-pending-refunds";
import { captureOrderPayment } from "@/lib/payments/capture-order-payment";
import { CAPTURES_QUEUE, type CaptureJobData } from "@/lib/payments/request-capture";
import { sweepCaptures } from "@/lib/payments/sweep-captures";
import { runBilling } from "@/lib/billing/run-billing";
import { runPayouts } from "@/lib/payouts/run-payouts";
import { issueMonthlyInvoices } from "@/lib/statements/issue-invoices";
import { computeShopQuality } from "@/lib/quality/compute-shop-quality";
import { purgeRateLimits } from "@/lib/rate-limit/purge-rate-limits";
import { purgeOldRecords } from "@/lib/privacy/purge-old-records";

// Durable jobs on the same PostgreSQL (pg-boss): they survive restarts and run once across any
// number of app or worker processes. By default they run inside the web server (instrumentation.ts);
// `npm run worker` (scripts/worker.ts) runs them in a process of their own (docs/architecture.md, Jobs).
// Several runners on one database share the work: the schedules are rows keyed by name (upserted
// by each), pg-boss fires each schedule once per minute whatever the number of runners, and a
// `singleton` queue has at most one job active at a time across all of them.
export const EMAIL_DELIVERY_QUEUE = "email-delivery";
export const ORDER_EXPIRY_QUEUE = "order-expiry";
export const ORDER_DEADLINES_QUEUE = "order-deadlines";
export const REFUNDS_QUEUE = "refunds";
export const BILLING_QUEUE = "billing";
export const PAYOUTS_QUEUE = "payouts";
export const INVOICES_QUEUE = "commission-invoices";
export const SHOP_QUALITY_QUEUE = "shop-quality";
export const RATE_LIMIT_PURGE_QUEUE = "rate-limit-purge";
export const PURGE_QUEUE = "purge";
export { CAPTURES_QUEUE };

/** How long a stop waits, by default, for the jobs in progress to finish. */
export const DEFAULT_STOP_GRACE_SECONDS = 30;

/** The window in which runners starting together (a deployment) ask for a single start-up run. */
const START_RUN_WINDOW_SECONDS = 5 * 60;

export type JobRunner = {
  boss: PgBoss;
  /**
   * Takes no new job, waits for those in progress to finish (at most `graceSeconds`; any still
   * running then is marked failed and retried by another run), then closes pg-boss's connections.
   */
  stop: (options?: { graceSeconds?: number }) => Promise<void>;
};

/**
 * Runs `declare` under an advisory lock, so that runners starting together (a deployment's
 * workers and web processes) declare the jobs one after the other: pg-boss's create_queue inserts
 * the queue's row then creates and attaches its partition, and two at once deadlock. The lock is
 * a transaction's, held on a connection of its own while `declare` works on pg-boss's: it ends
 * with that transaction, even if this process dies, and through PgBouncer in transaction mode
 * too, where a session lock would stay behind on whichever server connection took it
 * (docs/scaling.md, PgBouncer).
 */
async function oneRunnerAtATime(connectionString: string, declare: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext('halle.jobs.declare'))");
    await declare();
    await client.query("COMMIT");
  } finally {
    // Without COMMIT (declare failed), closing the connection rolls back and frees the lock.
    await client.end();
  }
}

export async function startJobRunner(
  connectionString: string,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<JobRunner> {
  const boss = new PgBoss({ connectionString, max: 3 });
  boss.on("error", (error) => console.error("[jobs] pg-boss error:", error));
  try {
    await oneRunnerAtATime(connectionString, async () => {
      await boss.start();
      await declareJobs(boss, options.pollingIntervalSeconds ?? 5);
    });
  } catch (error) {
    // Half started: its workers and connections must not outlive the failure.
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw error;
  }
  return {
    boss,
    stop: ({ graceSeconds = DEFAULT_STOP_GRACE_SECONDS } = {}) =>
      boss.stop({ graceful: true, wait: true, timeout: graceSeconds * 1000 }),
  };
}

/** Creates the queues (a no-op when they exist), upserts their schedules and registers their workers. */
async function declareJobs(boss: PgBoss, pollingIntervalSeconds: number): Promise<void> {
  const polling = { pollingIntervalSeconds };
  await boss.createQueue(EMAIL_DELIVERY_QUEUE, { name: EMAIL_DELIVERY_QUEUE, policy: "singleton" });
  // Every minute, pending e-mails are delivered (SMTP) or kept for the development mailbox.
  await boss.schedule(EMAIL_DELIVERY_QUEUE, "* * * * *");
  await boss.work(EMAIL_DELIVERY_QUEUE, polling, async () => {
    const report = await deliverPendingEmails();
    if (report.sent + report.failed + report.kept > 0) console.log(`[jobs] e-mails: ${JSON.stringify(report)}`);
  });
  // Every minute, unpaid orders past their stock hold (lib/config/payment-window.ts) give their stock back.
  await boss.createQueue(ORDER_EXPIRY_QUEUE, { name: ORDER_EXPIRY_QUEUE, policy: "singleton" });
  await boss.schedule(ORDER_EXPIRY_QUEUE, "* * * * *");
  await boss.work(ORDER_EXPIRY_QUEUE, polling, async () => {
    const released = await expireUnpaidOrders();
    if (released > 0) console.log(`[jobs] unpaid orders released: ${released}`);
  });
  // Every minute, paid parts past a deadline are expired, reminded, flagged late or confirmed
  // (docs/domain.md, deadlines): each exactly once, even if two runs meet.
  await boss.createQueue(ORDER_DEADLINES_QUEUE, { name: ORDER_DEADLINES_QUEUE, policy: "singleton" });
  await boss.schedule(ORDER_DEADLINES_QUEUE, "* * * * *");
  await boss.work(ORDER_DEADLINES_QUEUE, polling, async () => {
    const report = await runOrderDeadlines(new Date());
    if (Object.values(report).some((count) => count > 0))
      console.log(`[jobs] order deadlines: ${JSON.stringify(report)}`);
  });
  // Every minute, refunds decided by a transition are sent to the payment provider (docs/domain.md, Refund).
  await boss.createQueue(REFUNDS_QUEUE, { name: REFUNDS_QUEUE, policy: "singleton" });
  await boss.schedule(REFUNDS_QUEUE, "* * * * *");
  await boss.work(REFUNDS_QUEUE, polling, async () => {
    const report = await processPendingRefunds(new Date());
    if (report.succeeded + report.retrying + report.failed > 0)
      console.log(`[jobs] refunds: ${JSON.stringify(report)}`);
  });
  // Captures on acceptance (docs/domain.md, capture): a job per answered part of an authorized order
  // (written by the transition's transaction), and every minute the sweep, which also expires the
  // parts whose order's authorization is about to lapse. Each order is captured once, whatever runs.
  await boss.createQueue(CAPTURES_QUEUE, { name: CAPTURES_QUEUE, policy: "standard" });
  await boss.schedule(CAPTURES_QUEUE, "* * * * *");
  await boss.work<CaptureJobData>(CAPTURES_QUEUE, polling, async (jobs) => {
    for (const job of jobs) {
      if (job.data?.orderId) {
        const outcome = await captureOrderPayment(job.data.orderId, new Date());
        if (outcome === "captured" || outcome === "released")
          console.log(`[jobs] capture of order ${job.data.orderId}: ${outcome}`);
      } else {
        const report = await sweepCaptures(new Date());
        if (report.lapsed + report.captured + report.released > 0)
          console.log(`[jobs] captures: ${JSON.stringify(report)}`);
      }
    }
  });
  // Every hour, plan billing (docs/business-models.md, subscriptions and billing): on the 1st the downgrades, the
  // cancellations and the month's fees; every run the rent reminders, expiries and closures. Each
  // is done once however often it runs, so an hourly run only catches up what is due.
  await boss.createQueue(BILLING_QUEUE, { name: BILLING_QUEUE, policy: "singleton" });
  await boss.schedule(BILLING_QUEUE, "5 * * * *");
  await boss.work(BILLING_QUEUE, polling, async () => {
    const report = await runBilling(new Date());
    if (Object.values(report).some((count) => count > 0)) console.log(`[jobs] billing: ${JSON.stringify(report)}`);
  });
  // Every minute, payouts (docs/payouts.md): the release pass dates the money whose hold has ended,
  // then the current period's payouts are written (once per payee and period, whatever runs) and
  // the Stripe transfers due are sent. A run may outlast a minute at scale: the singleton policy
  // and the run's own guards keep overlapping runs harmless.
  await boss.createQueue(PAYOUTS_QUEUE, { name: PAYOUTS_QUEUE, policy: "singleton", expireInSeconds: 15 * 60 });
  await boss.schedule(PAYOUTS_QUEUE, "* * * * *");
  await boss.work(PAYOUTS_QUEUE, polling, async () => {
    const report = await runPayouts(new Date());
    const { released, transfers, ...counts } = report;
    if ([...Object.values(released), ...Object.values(transfers), ...Object.values(counts)].some((n) => n > 0))
      console.log(`[jobs] payouts: ${JSON.stringify(report)}`);
  });
  // Every hour, last month's commission invoices (docs/payouts.md, invoices): each shop's once, numbered without gaps.
  await boss.createQueue(INVOICES_QUEUE, { name: INVOICES_QUEUE, policy: "singleton" });
  await boss.schedule(INVOICES_QUEUE, "7 * * * *");
  await boss.work(INVOICES_QUEUE, polling, async () => {
    const report = await issueMonthlyInvoices(new Date());
    if (report.issued > 0) console.log(`[jobs] commission invoices: ${JSON.stringify(report)}`);
  });
  // Every hour, every shop's quality indicators over 30 and 90 days into ShopQuality, then the
  // warnings and flags of the crossings (docs/trust.md, quality indicators): set-based statements
  // for all shops at once; one run at a time (its own advisory lock), so overlapping runs are harmless.
  await boss.createQueue(SHOP_QUALITY_QUEUE, {
    name: SHOP_QUALITY_QUEUE,
    policy: "singleton",
    expireInSeconds: 15 * 60,
  });
  await boss.schedule(SHOP_QUALITY_QUEUE, "17 * * * *");
  await boss.work(SHOP_QUALITY_QUEUE, polling, async () => {
    const report = await computeShopQuality(new Date());
    if (report.warnings + report.flags > 0) console.log(`[jobs] shop quality: ${JSON.stringify(report)}`);
  });
  // Every day at 03:23, old sign-in attempts (30 days) and contact requests (a year) are deleted
  // (docs/security.md, the purge); plain deletes by date, so a repeated run is harmless.
  await boss.createQueue(PURGE_QUEUE, { name: PURGE_QUEUE, policy: "singleton" });
  await boss.schedule(PURGE_QUEUE, "23 3 * * *");
  await boss.work(PURGE_QUEUE, polling, async () => {
    const report = await purgeOldRecords(new Date());
    if (report.signInAttempts + report.contactRequests > 0) console.log(`[jobs] purge: ${JSON.stringify(report)}`);
  });
  // Every 10 minutes, the rate limits' counters of windows that are over are deleted
  // (docs/security.md, "Throttles and client addresses"): a plain delete by date, harmless twice.
  await boss.createQueue(RATE_LIMIT_PURGE_QUEUE, { name: RATE_LIMIT_PURGE_QUEUE, policy: "singleton" });
  await boss.schedule(RATE_LIMIT_PURGE_QUEUE, "*/10 * * * *");
  await boss.work(RATE_LIMIT_PURGE_QUEUE, polling, async () => {
    await purgeRateLimits(new Date());
  });
  // And once at start, so that a new marketplace (or one restarted) has its figures at once
  // rather than at the next hour. Runners starting within the same window (several workers and web
  // processes of one deployment) ask for one run: the singleton key makes the others' sends no-ops.
  await boss.send(SHOP_QUALITY_QUEUE, {}, { singletonKey: "start", singletonSeconds: START_RUN_WINDOW_SECONDS });
}

/** Asks for a delivery run now rather than at the next minute. */
export async function requestEmailDelivery(runner: JobRunner): Promise<void> {
  await runner.boss.send(EMAIL_DELIVERY_QUEUE, {});
}
