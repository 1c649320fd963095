"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { FormState } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";

export type ContactFormValues = { name: string; email: string; message: string };
/** The action's answer, with the values to show again after an error. */
export type ContactFormState = FormState<{ values: ContactFormValues }>;

type ContactFormProps = {
  shopSlug: string;
  action: (previous: ContactFormState, formData: FormData) => Promise<ContactFormState>;
};

const INITIAL: ContactFormState = { status: "idle", fieldErrors: {}, values: { name: "", email: "", message: "" } };

/** "Contact the shop / get help": works without JavaScript; with it, focus follows the outcome. */
export function ContactForm({ shopSlug, action }: ContactFormProps) {
  const t = useT();
  const formRef = useRef<HTMLFormElement>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const [state, formAction, pending] = useActionState(action, INITIAL);

  useEffect(() => {
    if (state.status === "error") {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus();
    } else if (state.status === "success") {
      successRef.current?.focus();
    }
  }, [state]);

  const errors = state.fieldErrors;
  return (
    <form ref={formRef} action={formAction} className="flex max-w-xl flex-col gap-4" noValidate>
      <div ref={successRef} tabIndex={-1} className="empty:hidden focus:outline-none">
        <FormMessage error={errors.form} success={state.status === "success" ? state.message : undefined} />
      </div>
      <input type="hidden" name="shopSlug" value={shopSlug} />
      <TextField
        id="contact-name"
        name="name"
        label={t("shopPage.contactForm.name")}
        autoComplete="name"
        maxLength={100}
        defaultValue={state.values.name}
        error={errors.name}
        required
      />
      <TextField
        id="contact-email"
        name="email"
        type="email"
        label={t("shopPage.contactForm.email")}
        autoComplete="email"
        defaultValue={state.values.email}
        error={errors.email}
        required
      />
      <TextareaField
        id="contact-message"
        name="message"
        label={t("shopPage.contactForm.message")}
        hint={t("shopPage.contactForm.messageHint")}
        rows={6}
        maxLength={2000}
        defaultValue={state.values.message}
        error={errors.message}
        required
      />
      {/* Honeypot: hidden from people and assistive technology; robots that fill it are ignored. */}
      <div aria-hidden="true" className="sr-only">
        <label htmlFor="contact-website">{t("shopPage.contactForm.honeypot")}</label>
        <input id="contact-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" disabled={pending} className={`${primaryButton} self-start`}>
        {pending ? t("shopPage.contactForm.pending") : t("shopPage.contactForm.submit")}
      </button>
    </form>
  );
}
