import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { RefundEmail } from "@/lib/notifications/templates";
import { importInAnotherProcess, writeFromAnotherProcess } from "./another-process";

// docs/scaling.md, "What each process keeps in memory": how rials are shown (toman) is recorded in
// each process's memory from its last settings read (lib/money/display-unit.ts). A worker renders
// e-mails without rendering any page: each e-mail's own settings read must record it, so a change
// made through a web process shows in the very next e-mail the worker writes.

const refund: RefundEmail = {
  customerName: "Darya",
  orderNumber: "H-1001",
  shopName: "Bazaar",
  currency: "IRR",
  refundAmount: 1_250_000,
  reason: "—",
  lines: [],
  orderUrl: "https://halle.test/account/orders/1",
};

const TOMAN_FA = "۱۲۵٬۰۰۰\u00a0تومان";

async function setTomanDisplay(on: boolean): Promise<void> {
  await writeFromAnotherProcess(
    `UPDATE "MarketplaceSettings" SET "tomanDisplay" = $1, "updatedAt" = now() WHERE id = 1`,
    [on],
  );
}

/** The worker: its own copy of the modules, which read the settings once before the change. */
async function startWorker() {
  const worker = await importInAnotherProcess(async () => ({
    ...(await import("@/lib/notifications/queue-email")),
    ...(await import("@/lib/settings/read-settings-row")),
    ...(await import("@/lib/money/format-money")),
  }));
  await worker.readSettingsRow(getDb());
  return worker;
}

async function queuedText(worker: Awaited<ReturnType<typeof startWorker>>): Promise<string> {
  const { id } = await worker.queueEmail(getDb(), {
    to: "darya@halle.test",
    locale: "fa",
    template: "order.refunded",
    data: refund,
  });
  const row = await getDb().emailMessage.findUniqueOrThrow({ where: { id }, select: { text: true } });
  return row.text ?? "";
}

beforeEach(async () => {
  await getDb().marketplaceSettings.upsert({
    where: { id: 1 },
    create: { id: 1, currency: "IRR", defaultLocale: "fa", locales: ["fa", "en"], tomanDisplay: false },
    update: { currency: "IRR", defaultLocale: "fa", locales: ["fa", "en"], tomanDisplay: false },
  });
});

describe("toman display across processes", () => {
  it("an e-mail the worker queues after toman was turned on elsewhere is in toman", async () => {
    const worker = await startWorker();
    expect(worker.formatMoney(1_250_000, "IRR", "fa")).not.toContain("تومان");

    await setTomanDisplay(true);

    const text = await queuedText(worker);
    expect(text).toContain(TOMAN_FA);
    // And what the worker formats after that e-mail agrees with it.
    expect(worker.formatMoney(1_250_000, "IRR", "fa")).toBe(TOMAN_FA);
  });

  it("an e-mail the worker queues after toman was turned off elsewhere is in rials", async () => {
    await setTomanDisplay(true);
    const worker = await startWorker();
    expect(worker.formatMoney(1_250_000, "IRR", "fa")).toBe(TOMAN_FA);

    await setTomanDisplay(false);

    const text = await queuedText(worker);
    expect(text).not.toContain("تومان");
    expect(text).toContain("۱٬۲۵۰٬۰۰۰");
  });
});
