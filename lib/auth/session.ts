import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { isCurrentSession, type Actor } from "./actor";
import { authOptions } from "./options";

/**
 * The signed-in user, read fresh from the database (a role changed or an account removed takes
 * effect at once, whatever the session cookie says). Null when signed out, and for a session
 * issued before the account's last "sign out everywhere" or password change (docs/security.md).
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string; sessionVersion?: unknown } | null;
  if (!session?.userId) return null;
  const user = await getDb().user.findUnique({
    where: { id: session.userId },
    select: { id: true, role: true, name: true, email: true, sessionVersion: true },
  });
  if (!user || !isCurrentSession(session.sessionVersion, user.sessionVersion)) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
});

function signInUrl(returnTo: string): string {
  return `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`;
}

/** For pages and actions: signed out → sign in and come back; wrong role → 403. */
export async function requireRole(returnTo: string, ...roles: Role[]): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(signInUrl(returnTo));
  if (!roles.includes(actor.role)) forbidden();
  return actor;
}

export async function requireSignedIn(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(signInUrl(returnTo));
  return actor;
}
