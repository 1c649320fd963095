import { describe, expect, it } from "vitest";
import { registerUser } from "@/lib/auth/register-user";
import { verifyPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";

const valid = { name: "Léa Dubois", email: "lea@example.fr", password: "correct-horse-1", isVendor: false };

async function refusal(input: Parameters<typeof registerUser>[0]): Promise<AppError> {
  const error = await registerUser(input).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("registerUser", () => {
  it("creates a shopper with a hashed password", async () => {
    const user = await registerUser(valid);
    expect(user).toMatchObject({ email: "lea@example.fr", role: "SHOPPER", name: "Léa Dubois" });
    const row = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).not.toContain(valid.password);
    expect(await verifyPassword(valid.password, row.passwordHash)).toBe(true);
  });

  it("creates a vendor when they said they are one, and normalises the e-mail", async () => {
    const user = await registerUser({
      ...valid,
      email: "  Boulanger@Example.FR ",
      isVendor: "on" as unknown as boolean,
    });
    expect(user).toMatchObject({ email: "boulanger@example.fr", role: "VENDOR" });
  });

  it.each([
    [{ ...valid, email: "not-an-email" }, "email", "auth.errors.emailInvalid"],
    [{ ...valid, email: "short@example.fr", password: "short-pw1" }, "password", "auth.errors.passwordTooShort"],
    [{ ...valid, email: "noname@example.fr", name: "   " }, "name", "auth.errors.nameRequired"],
  ])("refuses bad input on the field and writes nothing (%#)", async (input, field, key) => {
    const error = await refusal(input);
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors[field]).toBe(key);
    expect(await getDb().user.count({ where: { email: input.email.trim().toLowerCase() } })).toBe(0);
  });

  it("refuses an e-mail already used, whatever its case, and keeps one row", async () => {
    await registerUser({ ...valid, email: "twice@example.fr" });
    const error = await refusal({ ...valid, email: "TWICE@example.fr", name: "Someone else" });
    expect(error.code).toBe("CONFLICT");
    expect(error.fieldErrors.email).toBe("auth.errors.emailTaken");
    const rows = await getDb().user.findMany({ where: { email: "twice@example.fr" } });
    expect(rows.map((row) => row.name)).toEqual(["Léa Dubois"]);
  });

  it("never lets a sign-up choose the operator role", async () => {
    const user = await registerUser({ ...valid, email: "sneaky@example.fr", role: "OPERATOR" } as typeof valid);
    expect(user.role).toBe("SHOPPER");
  });
});
