import { expect } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";

let counter = 0;

/** A user of the given role in the test database, as an Actor. */
export async function makeUser(role: Actor["role"]): Promise<Actor> {
  counter += 1;
  const email = `${role.toLowerCase()}-${counter}-${Date.now()}@example.test`;
  return getDb().user.create({
    data: { email, name: `${role} ${counter}`, passwordHash: "not-used", role },
    select: { id: true, role: true, name: true, email: true },
  });
}

/** The AppError a call rejects with (fails the test when it resolves). */
export async function refusal(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

export const validProfile = {
  name: "Fournil de la Corderie",
  trade: "Boulangerie",
  description: "Pain au levain cuit au feu de bois.",
  instagram: "https://instagram.com/fournil",
  facebook: "",
  tiktok: "",
  linkedin: "",
  website: "https://fournil.example.fr",
  phone: "+33 5 46 00 00 00",
  email: "Contact@Fournil.example.fr",
};
