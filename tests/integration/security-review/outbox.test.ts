// The e-mail outbox (docs/security.md, the outbox): messages are claimed with a lease in a short
// statement, sent outside any transaction with timeouts, then marked; a stalled SMTP exchange holds
// neither the other messages nor a row lock; failures back off and stop after MAX_EMAIL_ATTEMPTS;
// two runs never send the same message. A real SMTP server (smtp-server) on loopback, with hooks.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import {
  deliverPendingEmails,
  LEASE_EXPIRED_NOTE,
  MAX_EMAIL_ATTEMPTS,
} from "@/lib/notifications/deliver-pending-emails";
import { queueEmail } from "@/lib/notifications/queue-email";

const STALL = "stall@example.test";
const BOUNCE = "bounce@example.test";
// The stalled exchange lasts until the client's socket timeout: long enough, even on a loaded
// machine, for the others to go through first (the test checks the order, never a duration).
const TIMEOUTS = { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 5_000 };

/** Every RCPT TO the server saw; DATA accepted for all but the stalled and bounced ones. */
let rcpts: { to: string }[] = [];
let delivered: string[] = [];
/** What the server saw, in order: each delivery, and the end of the stalled exchange. */
let events: string[] = [];
let stalledSession: string | null = null;
let server: SMTPServer;
let url: string;

beforeAll(async () => {
  server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, session, callback) {
      rcpts.push({ to: address.address });
      if (address.address === STALL) {
        stalledSession = session.id;
        return; // never answers: the client's socket timeout ends it
      }
      if (address.address === BOUNCE) return callback(new Error("Mailbox unavailable"));
      callback();
    },
    onData(stream, session, callback) {
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        delivered.push(...to);
        events.push(...to.map((address) => `delivered ${address}`));
        callback();
      });
      stream.resume();
    },
    onClose(session) {
      if (session.id === stalledSession) events.push("stalled exchange ended");
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterEach(async () => {
  delete process.env.SMTP_URL;
  rcpts = [];
  delivered = [];
  events = [];
  stalledSession = null;
  await getDb().emailMessage.deleteMany();
});

async function queue(to: string) {
  return queueEmail(getDb(), {
    to,
    locale: "fr",
    template: "seller.suspended",
    data: { vendorName: "Léa", shopName: "Fournil", reason: "Plaintes" },
  });
}

const rowOf = (id: string) => getDb().emailMessage.findUniqueOrThrow({ where: { id } });

describe("deliverPendingEmails", () => {
  it("sends the other messages while one SMTP exchange stalls, holding no row lock meanwhile", async () => {
    process.env.SMTP_URL = url;
    const stalled = await queue(STALL); // the oldest: claimed first
    const others = [];
    for (let index = 0; index < 6; index += 1) others.push(await queue(`client${index}@example.test`));

    const run = deliverPendingEmails({ timeouts: TIMEOUTS, concurrency: 3 });
    // While the stalled message waits on the server, its row is not locked by any transaction …
    await new Promise((resolve) => setTimeout(resolve, 400));
    const locked = await getDb().$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "EmailMessage" WHERE "id" = ${stalled.id} FOR UPDATE NOWAIT`;
    expect(locked).toHaveLength(1);
    // … and it is leased, so a second run does not take it.
    const second = await deliverPendingEmails({ timeouts: TIMEOUTS });
    expect(second.sent + second.failed).toBeLessThanOrEqual(6);

    const report = await run;
    expect(report.failed).toBe(1);
    expect(report.sent + second.sent).toBe(6);
    expect(delivered.sort()).toEqual(others.map((_, index) => `client${index}@example.test`).sort());
    // The others all went through before the stalled exchange ended (its socket timed out).
    await expect.poll(() => events.at(-1)).toBe("stalled exchange ended");
    expect(events.slice(0, -1)).toHaveLength(6);
    expect(events.filter((event) => event === "stalled exchange ended")).toHaveLength(1);
    expect(rcpts.filter((r) => r.to === STALL)).toHaveLength(1);

    const row = await rowOf(stalled.id);
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, claimedUntil: null, sentAt: null });
    expect(row.lastError).toBeTruthy();
    expect(row.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now());
  });

  it("retries a failing message with a backoff, and gives it up for good after the last attempt", async () => {
    process.env.SMTP_URL = url;
    const { id } = await queue(BOUNCE);
    let clock = Date.now();
    const now = () => new Date(clock);

    expect(await deliverPendingEmails({ now })).toEqual({ sent: 0, failed: 1, kept: 0 });
    const first = await rowOf(id);
    expect(first).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(first.nextAttemptAt!.getTime() - clock).toBe(60_000);

    // Before its backoff ends it is left alone.
    clock += 30_000;
    expect(await deliverPendingEmails({ now })).toEqual({ sent: 0, failed: 0, kept: 0 });
    expect((await rowOf(id)).attempts).toBe(1);

    const waits = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000];
    for (let attempt = 2; attempt <= MAX_EMAIL_ATTEMPTS; attempt += 1) {
      clock += waits[attempt - 2];
      expect(await deliverPendingEmails({ now })).toEqual({ sent: 0, failed: 1, kept: 0 });
    }
    expect(await rowOf(id)).toMatchObject({ status: "FAILED", attempts: MAX_EMAIL_ATTEMPTS, nextAttemptAt: null });

    clock += 30 * 24 * 60 * 60_000;
    expect(await deliverPendingEmails({ now })).toEqual({ sent: 0, failed: 0, kept: 0 });
    expect(rcpts.filter((r) => r.to === BOUNCE)).toHaveLength(MAX_EMAIL_ATTEMPTS);
  });

  it("never sends a message twice when two runs meet", async () => {
    process.env.SMTP_URL = url;
    const recipients = Array.from({ length: 24 }, (_, index) => `twice${index}@example.test`);
    for (const to of recipients) await queue(to);

    const reports = await Promise.all([
      deliverPendingEmails({ concurrency: 3 }),
      deliverPendingEmails({ concurrency: 3 }),
    ]);
    expect(reports[0].sent + reports[1].sent).toBe(24);
    expect(delivered.sort()).toEqual([...recipients].sort());
    expect(await getDb().emailMessage.count({ where: { status: "SENT" } })).toBe(24);
  });

  it("takes back a message whose lease ended without an answer, and gives up one past its last attempt", async () => {
    process.env.SMTP_URL = url;
    const db = getDb();
    const past = new Date(Date.now() - 1_000);
    const future = new Date(Date.now() + 60_000);
    const abandoned = await queue("abandoned@example.test");
    await db.emailMessage.update({ where: { id: abandoned.id }, data: { claimedUntil: past, attempts: 1 } });
    const leased = await queue("leased@example.test");
    await db.emailMessage.update({ where: { id: leased.id }, data: { claimedUntil: future, attempts: 1 } });
    const exhausted = await queue("exhausted@example.test");
    await db.emailMessage.update({
      where: { id: exhausted.id },
      data: { claimedUntil: past, attempts: MAX_EMAIL_ATTEMPTS },
    });

    expect(await deliverPendingEmails()).toEqual({ sent: 1, failed: 0, kept: 0 });
    expect(delivered).toEqual(["abandoned@example.test"]);
    expect(await rowOf(abandoned.id)).toMatchObject({ status: "SENT", attempts: 2, claimedUntil: null });
    expect(await rowOf(leased.id)).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(await rowOf(exhausted.id)).toMatchObject({ status: "FAILED", lastError: LEASE_EXPIRED_NOTE });
  });
});
