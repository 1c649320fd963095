// Payout workers as real processes (docs/payouts.md, workers): tests/integration/payouts/payout-worker.ts
// runs runPayouts in a process of its own against this test's database and the fake Stripe. Two
// workers at once, and a worker killed (SIGKILL) while Stripe is slow to answer then started again:
// every shop is paid exactly once for the period (one Payout, its entries settled once) and every
// transfer is made once (the fake counts distinct transfers; a repeated request with the same
// idempotency key is answered with the first transfer).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { transferIdempotencyKey } from "@/lib/payouts/transfer-payouts";
import { startFakeStripe, type FakeStripe } from "../../support/fake-stripe";
import { waitFor } from "../../support/wait-for";
import { at, daysAfter, paidPart, payoutSettings, payoutShop } from "./payout-fixtures";

const WORKER = path.resolve(import.meta.dirname, "payout-worker.ts");
const SHOPS = 12;
let stripe: FakeStripe;
const db = () => getDb();

type Worker = { child: ChildProcess; exited: Promise<{ code: number | null; signal: string | null; stdout: string }> };

/** Starts a worker process at the run instant `now` (node + tsx, so a kill reaches the worker itself). */
function startWorker(now: Date): Worker {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", WORKER, now.toISOString()], {
    cwd: path.resolve(import.meta.dirname, "../../.."),
    env: {
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL,
      DATABASE_POOL_SIZE: "3",
      STRIPE_SECRET_KEY: "sk_test_halle_workers",
      STRIPE_API_BASE: stripe.baseUrl,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null; stdout: string }>((resolve) =>
    child.on("exit", (code, signal) => {
      if (code !== 0 && signal === null) console.error(`payout worker failed (${code}):\n${stderr}`);
      resolve({ code, signal, stdout });
    }),
  );
  return { child, exited };
}

/** `SHOPS` shops connected to Stripe, each with one sale available on `availableAt`. */
async function shopsWithMoney(availableAt: Date) {
  const shops = [];
  for (let index = 0; index < SHOPS; index += 1) {
    const { shop } = await payoutShop({ stripeAccountId: `acct_worker_${index}_${Date.now()}` });
    const sale = await paidPart(shop.id, {
      paidAt: daysAfter(availableAt, -20),
      deliveredAt: daysAfter(availableAt, -14),
      itemsAmount: 10_000 + index,
    });
    shops.push({ shop, net: sale.net });
  }
  return shops;
}

/** Each shop has exactly one payout for the period, PAID, settling its sale once, made by one transfer. */
async function expectPaidOnce(shops: Awaited<ReturnType<typeof shopsWithMoney>>, periodKey: string) {
  for (const { shop, net } of shops) {
    const payouts = await db().payout.findMany({ where: { shopId: shop.id } });
    expect(payouts.map((p) => [p.periodKey, p.status, p.amount])).toEqual([[periodKey, "PAID", net]]);
    const payout = payouts[0];
    const payoutEntries = await db().ledgerEntry.count({ where: { shopId: shop.id, type: "PAYOUT" } });
    expect(payoutEntries).toBe(1);
    const unsettled = await db().ledgerEntry.count({ where: { shopId: shop.id, payoutId: null } });
    expect(unsettled).toBe(0);
    const transfers = [...stripe.transfers.values()].filter((t) => t.metadata.payoutId === payout.id);
    expect(transfers).toHaveLength(1);
    expect(transfers[0]).toMatchObject({ id: payout.reference, amount: net, destination: shop.stripeAccountId });
  }
}

beforeAll(async () => {
  stripe = await startFakeStripe();
  await payoutSettings();
});

afterAll(async () => {
  await stripe.close();
});

describe("payout workers in separate processes", () => {
  it("pay each shop once when two run at once", { timeout: 120_000 }, async () => {
    const shops = await shopsWithMoney(at("2030-03-03T10:00:00+01:00"));
    const now = at("2030-03-10T09:00:00+01:00");
    const results = await Promise.all([startWorker(now).exited, startWorker(now).exited]);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    const reports = results.map((r) => JSON.parse(r.stdout.trim().split("\n").pop()!));
    // Between them, the two workers wrote and transferred each payout once.
    expect(reports.reduce((sum, r) => sum + r.shopPayouts, 0)).toBe(SHOPS);
    expect(reports.reduce((sum, r) => sum + r.transfers.paid, 0)).toBe(SHOPS);
    await expectPaidOnce(shops, "2030-03-10");
  });

  it("pay each shop once when a worker is killed mid-run and started again", { timeout: 120_000 }, async () => {
    const shops = await shopsWithMoney(at("2030-03-20T10:00:00+01:00"));
    const now = at("2030-03-25T09:00:00+01:00");
    const transferRequests = () => stripe.requests.filter((r) => r.path === "/v1/transfers");
    const requestsBefore = transferRequests().length;
    // Stripe makes each transfer at once but answers only after 2 s: the worker is killed while it
    // waits for an answer, Stripe's transfer made and not recorded.
    stripe.delays.transfers = 2_000;
    const doomed = startWorker(now);
    expect(await waitFor(async () => transferRequests().length >= requestsBefore + 2, 60)).toBe(true);
    doomed.child.kill("SIGKILL");
    expect((await doomed.exited).signal).toBe("SIGKILL");
    stripe.delays.transfers = 0;

    // What the killed worker left: every payout written (the run writes them before transferring),
    // one transfer recorded, one made but not recorded — still SCHEDULED.
    const inFlight = transferRequests().at(-1)!;
    const unrecorded = await db().payout.findMany({
      where: { shopId: { in: shops.map((s) => s.shop.id) }, status: "SCHEDULED" },
    });
    expect(unrecorded.map((p) => transferIdempotencyKey(p.id))).toContain(inFlight.idempotencyKey);
    expect(await db().payout.count({ where: { shopId: { in: shops.map((s) => s.shop.id) } } })).toBe(SHOPS);

    const restarted = await startWorker(now).exited;
    expect(restarted.code).toBe(0);
    await expectPaidOnce(shops, "2030-03-25");
    // The in-flight payout was asked for twice with the same key, and made once.
    expect(transferRequests().filter((r) => r.idempotencyKey === inFlight.idempotencyKey)).toHaveLength(2);
  });
});
