"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { FieldError, FieldHint } from "@/components/ui/field-parts";
import { FormMessage, topErrorOf } from "@/components/ui/form-message";
import { PendingButton } from "@/components/ui/pending-button";
import { inputBase, primaryButton, secondaryButton } from "@/components/ui/styles";
import { TextareaField } from "@/components/ui/textarea-field";
import type { ConfirmFormLabels } from "./confirm-step";
import { FormCard } from "./form-card";
import { IDLE, type FormAction, type FormState } from "@/lib/forms/form-state";

/** What the return form gets back: what was typed (the photos are chosen again after an error). */
export type ReturnRequestFormState = FormState<{ values?: Record<string, string> }>;

type Props = {
  id: string;
  action: FormAction<ReturnRequestFormState>;
  labels: ConfirmFormLabels & {
    title: string;
    text: string;
    kind: string;
    kinds: { value: "WITHDRAWAL" | "PROBLEM"; label: string }[];
    reason: string;
    reasonHint: string;
    photos: string;
    photosHint: string;
    /** a business buyer's withdrawal is at the shop's discretion: said before they ask */
    notice?: string;
  };
};

/**
 * "Report a problem or ask for a return" (docs/domain.md, returns and escalations): what is the
 * matter, why, and up to five photos. The confirmation is asked in the page before sending, so the
 * chosen photos are sent with it.
 */
export function ReturnRequestForm({ id, action, labels }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<ReturnRequestFormState, FormData>(action, IDLE);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    if (state.status === "error")
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus();
  }, [state]);
  useEffect(() => {
    if (confirming) formRef.current?.querySelector<HTMLElement>("[data-confirm-heading]")?.focus();
  }, [confirming]);
  const values = state.values ?? {};
  const errors = state.fieldErrors;
  const topError = topErrorOf(state);
  const kindError = errors.returnKind;
  const photosId = `${id}-photos`;

  return (
    <FormCard id={id} title={labels.title} text={labels.text}>
      <form
        ref={formRef}
        action={formAction}
        encType="multipart/form-data"
        noValidate
        className="mt-3 flex flex-col gap-4"
        onSubmit={() => setConfirming(false)}
      >
        <FormMessage error={topError} />
        {labels.notice ? <p className="rounded-lg bg-amber-50 p-3 text-amber-900">{labels.notice}</p> : null}
        <div className={confirming ? "hidden" : "flex flex-col gap-4"}>
          <fieldset
            className="flex flex-col gap-2"
            aria-invalid={kindError ? true : undefined}
            aria-describedby={kindError ? `${id}-kind-error` : undefined}
          >
            <legend className="font-medium">{labels.kind}</legend>
            {labels.kinds.map((kind) => (
              <label key={kind.value} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="returnKind"
                  value={kind.value}
                  defaultChecked={values.returnKind === kind.value}
                />
                {kind.label}
              </label>
            ))}
            <FieldError id={`${id}-kind`} error={kindError} />
          </fieldset>
          <TextareaField
            key={`reason-${state.status}`}
            id={`${id}-reason`}
            name="reason"
            label={labels.reason}
            hint={labels.reasonHint}
            required
            maxLength={1000}
            rows={3}
            defaultValue={values.reason ?? ""}
            error={errors.reason}
          />
          <div className="flex flex-col gap-1">
            <label htmlFor={photosId} className="font-medium">
              {labels.photos}
            </label>
            <input
              id={photosId}
              name="photos"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              multiple
              aria-invalid={errors.attachments ? true : undefined}
              aria-describedby={`${photosId}-hint${errors.attachments ? ` ${photosId}-error` : ""}`}
              className={inputBase}
            />
            <FieldHint id={photosId} hint={labels.photosHint} />
            <FieldError id={photosId} error={errors.attachments} />
          </div>
          <div>
            {/* Without JavaScript this sends at once; with it, the confirmation comes first. */}
            <button
              type="submit"
              className={primaryButton}
              disabled={pending}
              onClick={(event) => {
                event.preventDefault();
                setConfirming(true);
              }}
            >
              {labels.submit}
            </button>
          </div>
        </div>
        {confirming ? (
          <div className="flex flex-col gap-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
            <h4 data-confirm-heading tabIndex={-1} className="font-semibold focus:outline-none">
              {labels.confirmTitle}
            </h4>
            <p>{labels.confirmText}</p>
            <div className="flex flex-wrap gap-3">
              <PendingButton pending={pending} pendingLabel={labels.pending} className={primaryButton}>
                {labels.confirmSubmit}
              </PendingButton>
              <button type="button" disabled={pending} className={secondaryButton} onClick={() => setConfirming(false)}>
                {labels.back}
              </button>
            </div>
          </div>
        ) : null}
      </form>
    </FormCard>
  );
}
