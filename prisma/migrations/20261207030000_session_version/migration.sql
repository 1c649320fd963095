-- Revocable sessions (docs/security.md): a session carries the version it was issued with.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
