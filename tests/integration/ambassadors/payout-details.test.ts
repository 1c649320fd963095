import { describe, expect, it } from "vitest";
import { getAmbassadorDashboard } from "@/lib/ambassadors/get-ambassador-dashboard";
import { saveAmbassadorPayoutDetails } from "@/lib/ambassadors/save-payout-details";
import { getDb } from "@/lib/db";
import { ambassador, createUser, IBAN, programmeSnapshot, refusal } from "./ambassador-fixtures";

const OTHER_IBAN = "DE89370400440532013000";

const detailsOf = (ambassadorId: string) =>
  getDb().ambassador.findUniqueOrThrow({
    where: { id: ambassadorId },
    select: { payoutHolderName: true, payoutIban: true },
  });

const auditsOf = (ambassadorId: string) =>
  getDb().auditLog.findMany({
    where: { entityId: ambassadorId, action: "ambassador.payout-details-changed" },
    select: { actorId: true, data: true },
    orderBy: { createdAt: "asc" },
  });

describe("saveAmbassadorPayoutDetails (docs/payouts.md, ambassadors)", () => {
  it("stores the holder and the IBAN normalised, audited without the IBAN, and shows it masked", async () => {
    const { user, ambassador: row } = await ambassador("BANK2345");
    expect(
      await saveAmbassadorPayoutDetails(user, {
        holderName: "  Ambre Martin ",
        iban: "fr76 3000-6000 0112 3456 7890 189",
      }),
    ).toEqual({ changed: true });
    expect(await detailsOf(row.id)).toEqual({ payoutHolderName: "Ambre Martin", payoutIban: IBAN });
    const audits = await auditsOf(row.id);
    expect(audits).toEqual([{ actorId: user.id, data: { fields: ["payoutHolderName", "payoutIban"] } }]);
    expect(JSON.stringify(audits)).not.toContain("0189");
    expect((await getAmbassadorDashboard(user))!.bankAccount).toEqual({
      holderName: "Ambre Martin",
      maskedIban: "FR76 •••• •••• •••• •••• •••0 189",
    });
  });

  it("keeps the stored IBAN when the field is left blank; a new IBAN replaces it; no change writes nothing", async () => {
    const { user, ambassador: row } = await ambassador("KEEP2345");
    await saveAmbassadorPayoutDetails(user, { holderName: "Bastien Roux", iban: IBAN });
    expect(await saveAmbassadorPayoutDetails(user, { holderName: "Bastien Roux", iban: "" })).toEqual({
      changed: false,
    });
    expect(await auditsOf(row.id)).toHaveLength(1);

    await saveAmbassadorPayoutDetails(user, { holderName: "Bastien Roux-Martin", iban: "   " });
    expect(await detailsOf(row.id)).toEqual({ payoutHolderName: "Bastien Roux-Martin", payoutIban: IBAN });
    await saveAmbassadorPayoutDetails(user, { holderName: "Bastien Roux-Martin", iban: OTHER_IBAN });
    expect(await detailsOf(row.id)).toEqual({ payoutHolderName: "Bastien Roux-Martin", payoutIban: OTHER_IBAN });
    expect((await auditsOf(row.id)).map((audit) => audit.data)).toEqual([
      { fields: ["payoutHolderName", "payoutIban"] },
      { fields: ["payoutHolderName"] },
      { fields: ["payoutIban"] },
    ]);
    expect((await getAmbassadorDashboard(user))!.bankAccount.maskedIban).toBe("DE89 •••• •••• •••• ••30 00");
  });

  it("refuses bad input with an error on its field, and writes nothing", async () => {
    const { user, ambassador: row } = await ambassador("BADINPUT");
    const cases: [Parameters<typeof saveAmbassadorPayoutDetails>[1], Record<string, string>][] = [
      [
        { holderName: "Ambre Martin", iban: "FR76 3000 6000 0112 3456 7890 188" },
        { iban: "ambassadors.errors.ibanInvalid" },
      ],
      [{ holderName: "Ambre Martin", iban: "FR76 3000" }, { iban: "ambassadors.errors.ibanInvalid" }],
      [{ holderName: "Ambre Martin", iban: "not an iban at all" }, { iban: "ambassadors.errors.ibanInvalid" }],
      [{ holderName: "Ambre Martin", iban: "" }, { iban: "ambassadors.errors.ibanRequired" }],
      [{ holderName: "Ambre Martin" }, { iban: "ambassadors.errors.ibanRequired" }],
      [{ holderName: "", iban: IBAN }, { holderName: "ambassadors.errors.holderNameRequired" }],
      [{ holderName: "   ", iban: IBAN }, { holderName: "ambassadors.errors.holderNameRequired" }],
      [{ iban: IBAN }, { holderName: "ambassadors.errors.holderNameRequired" }],
      [{ holderName: "A", iban: IBAN }, { holderName: "ambassadors.errors.holderNameTooShort" }],
      [{ holderName: "A".repeat(121), iban: IBAN }, { holderName: "ambassadors.errors.holderNameTooLong" }],
      [
        { holderName: "", iban: "FR00" },
        { holderName: "ambassadors.errors.holderNameRequired", iban: "ambassadors.errors.ibanInvalid" },
      ],
    ];
    const before = await programmeSnapshot();
    for (const [input, fieldErrors] of cases) {
      expect(await refusal(saveAmbassadorPayoutDetails(user, input)), JSON.stringify(input)).toEqual(
        expect.objectContaining({ code: "VALIDATION", fieldErrors }),
      );
    }
    // A forged post: not strings at all.
    expect(
      await refusal(saveAmbassadorPayoutDetails(user, { holderName: 42, iban: ["FR76"] } as unknown as object)),
    ).toMatchObject({ code: "VALIDATION" });
    expect(await programmeSnapshot()).toEqual(before);
    expect(await detailsOf(row.id)).toEqual({ payoutHolderName: null, payoutIban: null });
  });

  it("only ever changes the actor's own details: another user cannot change an ambassador's", async () => {
    const alice = await ambassador("ALICE234", "SHOPPER", "Alice");
    await saveAmbassadorPayoutDetails(alice.user, { holderName: "Alice Martin", iban: IBAN });
    const bruno = await ambassador("BRUNO567", "VENDOR", "Bruno");
    const before = await programmeSnapshot();

    // A user who has not joined has no details to change (whatever they send).
    for (const outsider of [await createUser("SHOPPER"), await createUser("VENDOR"), await createUser("OPERATOR")]) {
      expect(
        await refusal(saveAmbassadorPayoutDetails(outsider, { holderName: "Intrus", iban: OTHER_IBAN })),
      ).toMatchObject({ code: "NOT_FOUND", fieldErrors: { form: "ambassadors.errors.notJoined" } });
    }
    expect(await refusal(saveAmbassadorPayoutDetails(null, { holderName: "Intrus", iban: OTHER_IBAN }))).toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(await programmeSnapshot()).toEqual(before);

    // Another ambassador saving changes only their own row; an ambassadorId smuggled in is ignored.
    await saveAmbassadorPayoutDetails(bruno.user, {
      holderName: "Bruno Petit",
      iban: OTHER_IBAN,
      ambassadorId: alice.ambassador.id,
    } as Parameters<typeof saveAmbassadorPayoutDetails>[1]);
    expect(await detailsOf(alice.ambassador.id)).toEqual({ payoutHolderName: "Alice Martin", payoutIban: IBAN });
    expect(await detailsOf(bruno.ambassador.id)).toEqual({ payoutHolderName: "Bruno Petit", payoutIban: OTHER_IBAN });
  });
});
