import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertRole, type Actor } from "./actor";

/**
 * Revocable sessions (docs/security.md, headers, cookies and sessions): a session is a signed JWT
 * in a cookie, which Halle cannot take back from a browser. So each account has a version, copied
 * into the JWT at sign-in (lib/auth/options.ts) and compared on every request (getActor): raising
 * it ends every session issued before.
 */
export async function readSessionVersion(userId: string): Promise<number> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? 0;
}

/** "Sign out everywhere": every session of the account ends, this one included (the caller signs it out). */
export async function signOutEverywhere(actor: Actor | null): Promise<void> {
  assertRole(actor, "SHOPPER", "VENDOR", "OPERATOR");
  await getDb().$transaction(async (tx) => {
    const updated = await tx.user.updateMany({
      where: { id: actor.id },
      data: { sessionVersion: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("UNAUTHENTICATED");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.signed-out-everywhere",
      entityType: "User",
      entityId: actor.id,
    });
  });
}
