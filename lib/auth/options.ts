import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { mergeGuestCartAtSignIn } from "@/lib/cart/merge-guest-cart-at-sign-in";
import { isAppError } from "@/lib/errors";
import { verifyCredentials } from "./verify-credentials";

export const SIGN_IN_ERROR_RATE_LIMITED = "RATE_LIMITED";

function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "") || "unknown";
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        try {
          const user = await verifyCredentials(credentials ?? {}, clientAddress(req?.headers));
          return user ? { id: user.id, email: user.email, name: user.name } : null;
        } catch (error) {
          // next-auth hands this message to the sign-in page as its error code.
          if (isAppError(error, "RATE_LIMITED")) throw new Error(SIGN_IN_ERROR_RATE_LIMITED);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub };
    },
  },
  events: {
    // The guest cart of this browser joins the account's cart (sign-up signs in too).
    async signIn({ user }) {
      await mergeGuestCartAtSignIn(user.id);
    },
  },
};
