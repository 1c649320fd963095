import bcrypt from "bcryptjs";

const COST = 11;
// Compared against when the e-mail is unknown, so a miss takes as long as a wrong password.
const DUMMY_HASH = "$2b$11$BukUXUtSE2vQMqCswzHIreC5XxSXypnuNYKQG2J1wOmF0brOvOI2m";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  const ok = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return hash !== null && ok;
}
