import { afterEach, describe, expect, it } from "vitest";
import { CODE_ALPHABET } from "@/lib/ambassadors/ambassador-code";
import { joinProgramme } from "@/lib/ambassadors/join-programme";
import { getDb } from "@/lib/db";
import { createUser, programmeSnapshot, refusal, setProgramme } from "./ambassador-fixtures";

const bytes = (value: number) => () => new Uint8Array(8).fill(value);

afterEach(() => setProgramme({ ambassadorsEnabled: true }));

describe("joinProgramme (docs/business-models.md, ambassadors)", () => {
  it("makes any signed-in user an ambassador with an 8-character upper-case code, audited", async () => {
    for (const role of ["SHOPPER", "VENDOR", "OPERATOR"] as const) {
      const user = await createUser(role);
      const { code } = await joinProgramme(user);
      expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`));
      const row = await getDb().ambassador.findUniqueOrThrow({ where: { userId: user.id } });
      expect(row.code).toBe(code);
      expect(
        await getDb().auditLog.count({ where: { action: "ambassador.joined", actorId: user.id, entityId: row.id } }),
      ).toBe(1);
    }
  });

  it("joins once: a second join is CONFLICT and keeps the first code", async () => {
    const user = await createUser("SHOPPER");
    const { code } = await joinProgramme(user);
    const before = await programmeSnapshot();
    expect(await refusal(joinProgramme(user))).toMatchObject({ code: "CONFLICT" });
    expect(await programmeSnapshot()).toEqual(before);
    expect((await getDb().ambassador.findUniqueOrThrow({ where: { userId: user.id } })).code).toBe(code);
  });

  it("two joins at once: one wins, the other is CONFLICT", async () => {
    const user = await createUser("SHOPPER");
    const outcomes = await Promise.allSettled([joinProgramme(user), joinProgramme(user)]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((outcome) => outcome.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: "CONFLICT" });
    expect(await getDb().ambassador.count({ where: { userId: user.id } })).toBe(1);
  });

  it("gives every ambassador a different code, drawing again on a collision", async () => {
    const first = await joinProgramme(await createUser("SHOPPER"), bytes(0));
    expect(first.code).toBe("AAAAAAAA");
    const draws = [bytes(0)(), bytes(1)()];
    const second = await joinProgramme(await createUser("SHOPPER"), () => draws.shift()!);
    expect(second.code).toBe("BBBBBBBB");
    expect(draws).toHaveLength(0);

    const codes = await Promise.all(
      Array.from({ length: 15 }, async () => (await joinProgramme(await createUser("SHOPPER"))).code),
    );
    expect(new Set([...codes, first.code, second.code]).size).toBe(17);
  });

  it("gives up after a few collisions in a row instead of looping", async () => {
    await joinProgramme(await createUser("SHOPPER"), bytes(2));
    const user = await createUser("SHOPPER");
    await expect(joinProgramme(user, bytes(2))).rejects.toThrow(/no free code/);
    expect(await getDb().ambassador.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses the signed-out visitor and, while the programme is closed, everyone; nothing is written", async () => {
    const user = await createUser("SHOPPER");
    const before = await programmeSnapshot();
    expect(await refusal(joinProgramme(null))).toMatchObject({ code: "UNAUTHENTICATED" });
    await setProgramme({ ambassadorsEnabled: false });
    const closed = await refusal(joinProgramme(user));
    expect(closed.code).toBe("FORBIDDEN");
    expect((closed as unknown as Error).message).toBe("ambassadors.errors.closed");
    expect(await programmeSnapshot()).toEqual(before);
  });
});
