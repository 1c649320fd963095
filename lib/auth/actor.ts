import type { Role } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

/** Who is acting: passed explicitly to every domain function, which checks it. */
export type Actor = { id: string; role: Role; name: string; email: string };

export function hasRole(actor: Actor | null, ...roles: Role[]): actor is Actor {
  return actor !== null && roles.includes(actor.role);
}

/** Domain functions start with this: signed out → UNAUTHENTICATED, wrong role → FORBIDDEN. */
export function assertRole(actor: Actor | null, ...roles: Role[]): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!roles.includes(actor.role)) throw new AppError("FORBIDDEN");
}

/**
 * Whether a session is still current (docs/security.md, headers, cookies and sessions): the
 * version its JWT was issued with equals the account's. A JWT from before versions existed
 * carries none and counts as version 0.
 */
export function isCurrentSession(tokenVersion: unknown, accountVersion: number): boolean {
  const version = tokenVersion === undefined ? 0 : tokenVersion;
  return version === accountVersion;
}
