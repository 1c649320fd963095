import { beforeAll, describe, expect, it } from "vitest";
import { getAmbassadorDashboard } from "@/lib/ambassadors/get-ambassador-dashboard";
import { saveAmbassadorPayoutDetails } from "@/lib/ambassadors/save-payout-details";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { markPayoutPaid, returnPayoutToBalance } from "@/lib/payouts/return-payout";
import { runPayouts } from "@/lib/payouts/run-payouts";
import { putPartIn } from "../orders/order-fixtures";
import { ambassador, broughtOrder, entry, IBAN, setPayoutSettings, twoShops } from "./ambassador-fixtures";

// An ambassador's money from sale to payout through the real release pass and payout run
// (docs/payouts.md, ambassadors): what the page announces is what the run does. Twice a month;
// on Saturday 5 December 2026 the current period is 25 November's, the next run 10 December's.
const now = new Date("2026-12-05T12:00:00Z");
const tenth = new Date("2026-12-10T12:00:00Z");

let dana: { user: Actor; id: string };

const dashboard = async (at = now) => (await getAmbassadorDashboard(dana.user, { now: at }))!;
const payoutsOf = () => getDb().payout.findMany({ where: { ambassadorId: dana.id }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  await setPayoutSettings({ payoutSchedule: "TWICE_MONTHLY", payoutMinimumAmount: 0 });
  await getDb().marketplaceSettings.update({
    where: { id: 1 },
    data: { holdRule: "AFTER_DELIVERY_WITHDRAWAL", withdrawalDays: 14 },
  });
  const shops = await twoShops();
  const joined = await ambassador("DANA2345", "SHOPPER", "Dana");
  dana = { user: joined.user, id: joined.ambassador.id };
  // The bakery's part was delivered on 1 November and confirmed: its hold ended on the 15th. The
  // pottery's part is still being prepared: held.
  const order = await broughtOrder(shops, dana.id, { bakery: "CONFIRMED", pottery: "ACCEPTED" });
  await putPartIn(order.bakeryPart.id, "CONFIRMED", {
    deliveredAt: new Date("2026-11-01T10:00:00Z"),
    statusChangedAt: new Date("2026-11-03T10:00:00Z"),
  });
  const created = new Date("2026-10-30T10:00:00Z");
  await entry(dana.id, order.bakeryPart.id, "AMBASSADOR_SHARE", 800, created);
  await entry(dana.id, order.potteryPart.id, "AMBASSADOR_SHARE", 300, created);
});

describe("an ambassador's payout cycle (docs/payouts.md, ambassadors)", () => {
  it("holds the shares until the release pass, then pays nothing while there is no bank account", async () => {
    expect((await dashboard()).earnings).toMatchObject({ pending: 1100, available: 0 });

    const report = await runPayouts(now);
    expect(report).toMatchObject({ ambassadorPayouts: 0, blockedAmbassadors: 1 });
    expect(await payoutsOf()).toEqual([]);
    const after = await dashboard();
    expect(after.earnings).toMatchObject({ pending: 300, available: 800, inTransit: 0 });
    expect(after.nextPayout).toMatchObject({ runDate: "2026-12-10", amount: 800, blockers: ["noBankAccount"] });
  });

  it("once the bank details are entered, pays the current period exactly as the page announced, once", async () => {
    await saveAmbassadorPayoutDetails(dana.user, {
      holderName: "Dana Lefèvre",
      iban: "FR76 3000 6000 0112 3456 7890 189",
    });
    const announced = (await dashboard()).nextPayout;
    expect(announced).toMatchObject({ runDate: "2026-11-25", amount: 800, blockers: [] });

    expect(await runPayouts(now)).toMatchObject({ ambassadorPayouts: 1 });
    await runPayouts(now);
    const payouts = await payoutsOf();
    expect(payouts).toHaveLength(1);
    expect(payouts[0]).toMatchObject({
      periodKey: announced.runDate,
      amount: announced.amount,
      method: "BANK_TRANSFER",
      status: "SCHEDULED",
      accountHolderName: "Dana Lefèvre",
      accountIban: IBAN,
    });

    const after = await dashboard();
    expect(after.earnings).toMatchObject({ pending: 300, available: 0, inTransit: 800, paidOut: 0 });
    expect(after.nextPayout).toMatchObject({ runDate: "2026-12-10", amount: 0, blockers: ["nothingDue"] });
    expect(after.recent.entries.map((row) => [row.kind, row.amount, row.status])).toEqual(
      expect.arrayContaining([
        ["share", 800, "inPayout"],
        ["payout", -800, "inPayout"],
        ["share", 300, "pending"],
      ]),
    );
    expect(after.payouts.payouts).toEqual([
      expect.objectContaining({ amount: 800, status: "SCHEDULED", maskedIban: "FR76 •••• •••• •••• •••• •••0 189" }),
    ]);
  });

  it("a rejected transfer puts the money back; the next run pays it again, and once paid it is paid out", async () => {
    const [first] = await payoutsOf();
    const rejectedAt = new Date("2026-12-07T09:00:00Z");
    await getDb().$transaction((tx) => returnPayoutToBalance(tx, first.id, "AC04 compte clos", rejectedAt));

    const returned = await dashboard(new Date("2026-12-07T12:00:00Z"));
    expect(returned.earnings).toMatchObject({ pending: 300, available: 800, inTransit: 0, paidOut: 0 });
    expect(returned.recent.entries.map((row) => [row.kind, row.amount, row.status])).toEqual(
      expect.arrayContaining([
        ["share", 800, "failed"],
        ["payout", -800, "failed"],
        ["returned", 800, "available"],
      ]),
    );
    expect(returned.nextPayout).toMatchObject({ runDate: "2026-12-10", amount: 800, blockers: [] });

    expect(await runPayouts(tenth)).toMatchObject({ ambassadorPayouts: 1 });
    const second = (await payoutsOf())[1];
    expect(second).toMatchObject({ periodKey: "2026-12-10", amount: 800, status: "SCHEDULED" });
    await getDb().$transaction((tx) => markPayoutPaid(tx, second.id, "E2E-REF", new Date("2026-12-11T09:00:00Z")));

    const paid = await dashboard(new Date("2026-12-11T12:00:00Z"));
    expect(paid.earnings).toMatchObject({ pending: 300, available: 0, inTransit: 0, paidOut: 800 });
    expect(paid.payouts.payouts.map((row) => row.status)).toEqual(["PAID", "FAILED"]);
    const all = await getDb().ambassadorEntry.aggregate({ where: { ambassadorId: dana.id }, _sum: { amount: true } });
    expect(all._sum.amount).toBe(paid.earnings.pending + paid.earnings.available);
  });
});
