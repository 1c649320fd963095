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
