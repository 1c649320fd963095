import "server-only";
import { randomBytes } from "node:crypto";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { codeFromBytes } from "./ambassador-code";
import { loadAmbassadorProgramme } from "./programme-settings";

const ATTEMPTS = 5;

/**
 * Makes the signed-in user an ambassador (docs/business-models.md, ambassadors): anyone with an account,
 * once, while the programme is open. The code is 8 characters of an unambiguous alphabet; on the
 * rare collision with another code a new one is drawn. A second join → CONFLICT
 * ("ambassadors.errors.alreadyJoined"); the programme closed → FORBIDDEN ("ambassadors.errors.closed").
 */
export async function joinProgramme(
  actor: Actor | null,
  random: (size: number) => Uint8Array = randomBytes,
): Promise<{ code: string }> {
  assertRole(actor, "SHOPPER", "VENDOR", "OPERATOR");
  const db = getDb();
  const programme = await loadAmbassadorProgramme(db);
  if (!programme.enabled) throw new AppError("FORBIDDEN", "ambassadors.errors.closed");
  const alreadyJoined = () => new AppError("CONFLICT", "ambassadors.errors.alreadyJoined");
  if (await db.ambassador.findUnique({ where: { userId: actor.id }, select: { id: true } })) throw alreadyJoined();

  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const code = codeFromBytes(random(8));
    try {
      return await db.$transaction(async (tx) => {
        const ambassador = await tx.ambassador.create({ data: { userId: actor.id, code }, select: { id: true } });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "ambassador.joined",
          entityType: "Ambassador",
          entityId: ambassador.id,
          data: { code },
        });
        return { code };
      });
    } catch (error) {
      // Two joins at once: the second finds the account taken. Otherwise the code was: draw again.
      if (isUniqueViolation(error, "userId")) throw alreadyJoined();
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error(`joinProgramme: no free code after ${ATTEMPTS} attempts`);
}
