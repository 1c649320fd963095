import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";
import { authOptions } from "./options";

/**
 * The signed-in user, read fresh from the database (a role changed or an account removed takes
 * effect at once, whatever the session cookie says). Null when signed out.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string } | null;
  if (!session?.userId) return null;
  return getDb().user.findUnique({
    where: { id: session.userId },
    select: { id: true, role: true, name: true, email: true },
  });
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
