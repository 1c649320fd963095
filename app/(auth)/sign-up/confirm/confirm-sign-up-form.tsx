"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton, textLink } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { useT } from "@/lib/i18n/client";
import { confirmSignUp, type ConfirmSignUpState } from "./actions";

type ConfirmSignUpFormProps = { token: string; email: string };

const INITIAL: ConfirmSignUpState = { status: "idle", fieldErrors: {} };

/** The e-mailed link's form: the address (as signed up), the password to choose; then signed in. */
export function ConfirmSignUpForm({ token, email }: ConfirmSignUpFormProps) {
  const t = useT();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(
    async (previous: ConfirmSignUpState, formData: FormData): Promise<ConfirmSignUpState> => {
      const next = await confirmSignUp(previous, formData);
      if (next.status !== "success" || !next.account) return next;
      // The account exists: sign in with the password just chosen, then go to the user's space.
      const { account } = next;
      const result = await signIn("credentials", {
        email: account.email,
        password: String(formData.get("password") ?? ""),
        redirect: false,
      }).catch(() => undefined);
      if (!result?.ok || result.error) return { ...next, message: t("auth.errors.signInAfterSignUp") };
      router.push(account.role === "VENDOR" ? "/dashboard" : (account.callbackPath ?? "/"));
      router.refresh();
      return next;
    },
    INITIAL,
  );

  // After a failed submission, move focus to the field in error or the form's message.
  useEffect(() => {
    if (state.status === "error" || state.message)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"], [role="status"]')?.focus();
  }, [state]);

  const errors = state.fieldErrors;
  const callbackPath = state.account?.callbackPath;
  const signInHref = callbackPath ? `/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}` : "/sign-in";
  const showSignIn = state.refused === "taken" || Boolean(state.message);
  const canSubmit = !state.refused && !state.account;
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-4" noValidate>
      {state.message && state.status === "success" ? (
        <p
          role="status"
          tabIndex={-1}
          className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 font-medium text-brand-800"
        >
          {state.message}
        </p>
      ) : null}
      <FormMessage error={errors.form} />
      {showSignIn || state.refused === "linkInvalid" ? (
        <p>
          <Link href={state.refused === "linkInvalid" ? "/sign-up" : signInHref} className={textLink}>
            {t(
              state.refused === "linkInvalid"
                ? "security.signUpConfirm.signUpAgain"
                : "security.signUpConfirm.signInLink",
            )}
          </Link>
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <dl className="flex flex-col gap-1">
        <dt className="font-medium">{t("security.signUpConfirm.email")}</dt>
        <dd dir="ltr" className="text-start">
          {email}
        </dd>
      </dl>
      {/* The address, for password managers to save with the new password. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      {canSubmit ? (
        <>
          <TextField
            id="sign-up-confirm-password"
            name="password"
            type="password"
            label={t("security.signUpConfirm.password")}
            autoComplete="new-password"
            hint={t("auth.fields.passwordHint")}
            error={errors.password}
            required
          />
          <button type="submit" disabled={pending} className={primaryButton}>
            {pending ? t("security.signUpConfirm.pending") : t("security.signUpConfirm.submit")}
          </button>
        </>
      ) : null}
    </form>
  );
}
