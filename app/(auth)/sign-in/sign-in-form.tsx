"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { TextField } from "@/components/ui/text-field";
import { primaryButton } from "@/components/ui/styles";
import { minutesUntil, retryAtFromCode } from "@/lib/auth/sign-in-throttle";
import { useT } from "@/lib/i18n/client";
import { getMyLandingPath } from "./actions";

type SignInState = {
  error: "invalidCredentials" | "rateLimited" | "generic" | null;
  email: string;
  /** with "rateLimited": the whole minutes until the throttle lets this e-mail try again */
  retryMinutes?: number;
};

type SignInFormProps = { callbackPath: string | null };

export function SignInForm({ callbackPath }: SignInFormProps) {
  const t = useT();
  const router = useRouter();
  const [state, formAction, pending] = useActionState(
    async (_previous: SignInState, formData: FormData): Promise<SignInState> => {
      const email = String(formData.get("email") ?? "");
      const password = String(formData.get("password") ?? "");
      try {
        const result = await signIn("credentials", { email, password, redirect: false });
        if (!result?.ok || result.error) {
          // One generic answer for a wrong e-mail or password: never say which.
          const retryAt = retryAtFromCode(result?.error);
          if (retryAt) {
            // "RATE_LIMITED:<instant>" says when; a bare "RATE_LIMITED" gets the general message.
            const timed = result?.error?.includes(":");
            return { error: "rateLimited", email, retryMinutes: timed ? minutesUntil(retryAt) : undefined };
          }
          return { error: "invalidCredentials", email };
        }
        router.push(callbackPath ?? (await getMyLandingPath()));
        router.refresh();
        return { error: null, email };
      } catch {
        return { error: "generic", email };
      }
    },
    { error: null, email: "" },
  );

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state.error ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 font-medium text-red-800">
          {state.error === "rateLimited" && state.retryMinutes
            ? t("security.throttle.signIn.rateLimited", { minutes: state.retryMinutes })
            : t(`auth.errors.${state.error}`)}
        </p>
      ) : null}
      <TextField
        id="sign-in-email"
        name="email"
        type="email"
        label={t("auth.fields.email")}
        autoComplete="email"
        defaultValue={state.email}
        required
      />
      <TextField
        id="sign-in-password"
        name="password"
        type="password"
        label={t("auth.fields.password")}
        autoComplete="current-password"
        required
      />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? t("auth.signIn.pending") : t("auth.signIn.submit")}
      </button>
    </form>
  );
}
