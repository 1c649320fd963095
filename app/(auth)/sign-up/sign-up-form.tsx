"use client";

import { useActionState, useEffect, useRef } from "react";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";
import Link from "next/link";
import { primaryButton, textLink } from "@/components/ui/styles";
import { useT } from "@/lib/i18n/client";
import { signUp, type SignUpState } from "./actions";

type SignUpFormProps = { callbackPath: string | null; signInHref: string };

const INITIAL: SignUpState = { status: "idle", fieldErrors: {}, values: { name: "", email: "", isVendor: false } };

/**
 * Name, e-mail, "I am a vendor": the answer is "we e-mailed you a link" whether or not the address
 * has an account; the password is chosen from that link (docs/security.md, "Sign-up").
 */
export function SignUpForm({ callbackPath, signInHref }: SignUpFormProps) {
  const t = useT();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(signUp, INITIAL);

  // After a failed submission, move focus to the first field in error (or the form message).
  useEffect(() => {
    if (state.status !== "error") return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus();
  }, [state]);

  // Focus the "we e-mailed you a link" message once it is shown (the form stays, nothing else changed).
  useEffect(() => {
    if (state.status === "success" && state.message)
      formRef.current?.querySelector<HTMLElement>('[role="status"]')?.focus();
  }, [state]);

  const errors = state.fieldErrors;
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-4" noValidate>
      {callbackPath ? <input type="hidden" name="callbackPath" value={callbackPath} /> : null}
      {state.status === "success" && state.message ? (
        <div
          role="status"
          tabIndex={-1}
          className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 font-medium text-brand-800"
        >
          <p>{state.message}</p>
          <p className="mt-1">
            <Link href={signInHref} className={textLink}>
              {t("security.throttle.signInLink")}
            </Link>
          </p>
        </div>
      ) : null}
      <FormMessage error={errors.form} />
      <TextField
        id="sign-up-name"
        name="name"
        label={t("auth.fields.name")}
        autoComplete="name"
        defaultValue={state.values.name}
        error={errors.name}
        required
      />
      <TextField
        id="sign-up-email"
        name="email"
        type="email"
        label={t("auth.fields.email")}
        autoComplete="email"
        defaultValue={state.values.email}
        error={errors.email}
        required
      />
      <div className="flex items-start gap-3">
        <input
          id="sign-up-is-vendor"
          name="isVendor"
          type="checkbox"
          defaultChecked={state.values.isVendor}
          className="mt-1 size-5 shrink-0 accent-brand-700"
        />
        <label htmlFor="sign-up-is-vendor">{t("auth.fields.isVendor")}</label>
      </div>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? t("auth.signUp.pending") : t("auth.signUp.submit")}
      </button>
    </form>
  );
}
