"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { FieldError, FieldHint } from "@/components/ui/field-parts";
import { FormMessage, topErrorOf } from "@/components/ui/form-message";
import { PendingButton } from "@/components/ui/pending-button";
import { inputBase, primaryButton, secondaryButton } from "@/components/ui/styles";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormCard } from "./form-card";
import { IDLE, type FormAction, type FormState } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";

/** What the return form gets back: what was typed (the photos are chosen again after an error). */
export type ReturnRequestFormState = FormState<{ values?: Record<string, string> }>;

type Props = {
  id: string;
  action: FormAction<ReturnRequestFormState>;
  /** the last day to ask, already written in the viewer's language ("12 mars 2026"), or null */
  returnBy: string | null;
  /** a business buyer's withdrawal is at the shop's discretion: said before they ask */
  buyerIsBusiness: boolean;
};

const KINDS = ["PROBLEM", "WITHDRAWAL"] as const;

/**
 * "Report a problem or ask for a return" (docs/domain.md, returns and escalations): what is the
 * matter, why, and up to five photos. The confirmation is asked in the page before sending, so the
 * chosen photos are sent with it.
 */
export function ReturnRequestForm({ id, action, returnBy, buyerIsBusiness }: Props) {
  const t = useT();
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
    <FormCard
      id={id}
      title={t("orders.returns.shopper.title")}
      text={returnBy ? t("orders.returns.shopper.text", { date: returnBy }) : ""}
    >
      <form
        ref={formRef}
        action={formAction}
        encType="multipart/form-data"
        noValidate
        className="mt-3 flex flex-col gap-4"
        onSubmit={() => setConfirming(false)}
      >
        <FormMessage error={topError} />
        {buyerIsBusiness ? (
          <p className="rounded-lg bg-amber-50 p-3 text-amber-900">{t("orders.returns.shopper.businessWithdrawal")}</p>
        ) : null}
        <div className={confirming ? "hidden" : "flex flex-col gap-4"}>
          <fieldset
            className="flex flex-col gap-2"
            aria-invalid={kindError ? true : undefined}
            aria-describedby={kindError ? `${id}-kind-error` : undefined}
          >
            <legend className="font-medium">{t("orders.returns.shopper.kind")}</legend>
            {KINDS.map((kind) => (
              <label key={kind} className="flex min-h-11 items-center gap-2">
                <input type="radio" name="returnKind" value={kind} defaultChecked={values.returnKind === kind} />
                {t(`orders.returns.kind.${kind}`)}
              </label>
            ))}
            <FieldError id={`${id}-kind`} error={kindError} />
          </fieldset>
          <TextareaField
            key={`reason-${state.status}`}
            id={`${id}-reason`}
            name="reason"
            label={t("orders.returns.shopper.reason")}
            hint={t("orders.returns.shopper.reasonHint")}
            required
            maxLength={1000}
            rows={3}
            defaultValue={values.reason ?? ""}
            error={errors.reason}
          />
          <div className="flex flex-col gap-1">
            <label htmlFor={photosId} className="font-medium">
              {t("orders.returns.shopper.photos")}
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
            <FieldHint id={photosId} hint={t("orders.returns.shopper.photosHint")} />
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
              {t("orders.returns.shopper.submit")}
            </button>
          </div>
        </div>
        {confirming ? (
          <div className="flex flex-col gap-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
            <h4 data-confirm-heading tabIndex={-1} className="font-semibold focus:outline-none">
              {t("orders.returns.shopper.confirmTitle")}
            </h4>
            <p>{t("orders.returns.shopper.confirmText")}</p>
            <div className="flex flex-wrap gap-3">
              <PendingButton
                pending={pending}
                pendingLabel={t("orders.returns.shopper.pending")}
                className={primaryButton}
              >
                {t("orders.returns.shopper.confirmSubmit")}
              </PendingButton>
              <button type="button" disabled={pending} className={secondaryButton} onClick={() => setConfirming(false)}>
                {t("orders.returns.shopper.back")}
              </button>
            </div>
          </div>
        ) : null}
      </form>
    </FormCard>
  );
}
