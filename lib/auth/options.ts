import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { mergeGuestCartAtSignIn } from "@/lib/cart/merge-guest-cart-at-sign-in";
import { isAppError } from "@/lib/errors";
import { clientAddressFromHeaders } from "@/lib/http/client-address";
import { isSecureDeployment } from "@/lib/http/cookie-options";
import { readSessionVersion } from "./sessions";
import { rateLimitedCode } from "./sign-in-throttle";
import { SignInThrottledError, verifyCredentials } from "./verify-credentials";

export const SIGN_IN_ERROR_RATE_LIMITED = "RATE_LIMITED";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  // __Secure- cookies when the marketplace is on https, whatever the request says (docs/security.md).
  useSecureCookies: isSecureDeployment(),
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        try {
          const user = await verifyCredentials(credentials ?? {}, clientAddressFromHeaders(req?.headers));
          return user ? { id: user.id, email: user.email, name: user.name } : null;
        } catch (error) {
          // next-auth hands this message to the sign-in page as its error code.
          // "RATE_LIMITED:<when to retry>" (lib/auth/sign-in-throttle.ts), which the form shows.
          if (error instanceof SignInThrottledError) throw new Error(rateLimitedCode(error.retryAt));
          if (isAppError(error, "RATE_LIMITED")) throw new Error(SIGN_IN_ERROR_RATE_LIMITED);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        // Compared by getActor on each request (docs/security.md, headers, cookies and sessions).
        token.sessionVersion = await readSessionVersion(user.id);
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sessionVersion: token.sessionVersion };
    },
  },
  events: {
    // The guest cart of this browser joins the account's cart (sign-up signs in too).
    async signIn({ user }) {
      await mergeGuestCartAtSignIn(user.id);
    },
  },
};
