"use client";

import { useActionState, useRef } from "react";
import { FieldError, FieldHint, describedByOf } from "@/components/ui/field-parts";
import { FormMessage } from "@/components/ui/form-message";
import { PendingButton } from "@/components/ui/pending-button";
import { SelectField } from "@/components/ui/select-field";
import { inputBase, primaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { useFocusAfterSubmit } from "@/components/ui/use-focus-after-submit";
import { IDLE, type FormAction } from "@/lib/forms/form-state";
import type { OpenSupportFormState } from "@/lib/support/run-support-forms";
import { useT } from "@/lib/i18n/client";

type Props = {
  action: FormAction<OpenSupportFormState>;
  shops: { id: string; name: string }[];
  currentShopId: string;
  orders: { id: string; label: string }[];
  limits: { subjectMax: number; bodyMax: number; orderNumberMax: number };
};

/**
 * A new support request: shop (when the vendor has several), subject, the order it concerns
 * (from the current shop's recent parts, or typed by number), message, photos or PDFs. Works
 * without JavaScript (a multipart post to the server action); keeps what was typed after an error.
 */
export function SupportRequestForm({ action, shops, currentShopId, orders, limits }: Props) {
  const t = useT();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<OpenSupportFormState, FormData>(action, IDLE);
  useFocusAfterSubmit(formRef, state);
  const errors = state.fieldErrors;
  const values = state.status === "error" ? state.values : undefined;
  const filesId = "support-attachments";
  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="flex max-w-2xl flex-col gap-4"
      key={`support-${state.status}`}
    >
      <FormMessage error={errors.form ?? (state.status === "error" ? state.message : undefined)} />
      {shops.length > 1 ? (
        <SelectField
          id="support-shop"
          name="shopId"
          label={t("support.form.shop")}
          defaultValue={values?.shopId ?? currentShopId}
          options={shops.map((shop) => ({ value: shop.id, label: shop.name }))}
          error={errors.shopId}
        />
      ) : (
        <input type="hidden" name="shopId" value={currentShopId} />
      )}
      <TextField
        id="support-subject"
        name="subject"
        label={t("support.form.subject")}
        hint={t("support.form.subjectHint")}
        required
        maxLength={limits.subjectMax}
        defaultValue={values?.subject ?? ""}
        error={errors.subject}
      />
      {orders.length > 0 ? (
        <SelectField
          id="support-order"
          name="shopOrderId"
          label={t("support.form.order")}
          defaultValue={values?.shopOrderId ?? ""}
          options={[
            { value: "", label: t("support.form.orderNone") },
            ...orders.map((o) => ({ value: o.id, label: o.label })),
          ]}
          error={errors.shopOrderId}
        />
      ) : null}
      <TextField
        id="support-order-number"
        name="orderNumber"
        label={t("support.form.orderNumber")}
        hint={t("support.form.orderNumberHint")}
        maxLength={limits.orderNumberMax}
        defaultValue={values?.orderNumber ?? ""}
        error={errors.orderNumber}
      />
      <TextareaField
        id="support-body"
        name="body"
        label={t("support.form.body")}
        rows={6}
        required
        maxLength={limits.bodyMax}
        defaultValue={values?.body ?? ""}
        error={errors.body}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={filesId} className="font-medium">
          {t("support.form.files")}
        </label>
        <input
          id={filesId}
          name="attachments"
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp,application/pdf"
          aria-invalid={errors.attachments ? true : undefined}
          aria-describedby={describedByOf(filesId, undefined, errors.attachments)}
          className={`${inputBase} file:me-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-1`}
        />
        <FieldHint id={filesId} />
        <FieldError id={filesId} error={errors.attachments} />
      </div>
      <div>
        <PendingButton
          pending={pending}
          pendingLabel={t("support.form.pending")}
          aria-busy={pending || undefined}
          className={primaryButton}
        >
          {t("support.form.submit")}
        </PendingButton>
      </div>
    </form>
  );
}
