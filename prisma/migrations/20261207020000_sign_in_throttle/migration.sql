-- Sign-in throttle per account (docs/security.md, Throttles and client addresses).
CREATE TABLE "SignInLock" (
    "email" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "unlockNonce" TEXT,
    "unlockExpiresAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInLock_pkey" PRIMARY KEY ("email")
);
