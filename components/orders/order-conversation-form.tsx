"use client";

import { useActionState, useRef } from "react";
import { FieldError, FieldHint, describedByOf } from "@/components/ui/field-parts";
import { FormMessage } from "@/components/ui/form-message";
import { PendingButton } from "@/components/ui/pending-button";
import { inputBase, primaryButton } from "@/components/ui/styles";
import { TextareaField } from "@/components/ui/textarea-field";
import { useFocusAfterSubmit } from "@/components/ui/use-focus-after-submit";
import { IDLE, type FormAction } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";
import type { MessageFormState } from "@/lib/orders/conversation/run-message-form";
import { CONVERSATION_FORM_WORDS as WORDS } from "./order-conversation-form-words";

export type { MessageFormState };

type Props = {
  id: string;
  action: FormAction<MessageFormState>;
  /** whose words: an order's conversation (the default) or a support request's thread */
  kind?: keyof typeof WORDS;
  /** MESSAGE_MAX_LENGTH, for the textarea's limit */
  maxLength: number;
};

/**
 * The reply form under a part's conversation: text and photos or PDFs. Works without JavaScript
 * (a multipart post to the server action); with it, shows progress, keeps the text after an error
 * and moves focus to it, and empties itself once sent.
 */
export function OrderConversationForm({ id, action, kind = "order", maxLength }: Props) {
  const t = useT();
  const words = WORDS[kind];
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<MessageFormState, FormData>(action, IDLE);
  useFocusAfterSubmit(formRef, state);
  const errors = state.fieldErrors;
  const filesId = `${id}-attachments`;
  return (
    <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-3">
      <FormMessage error={errors.form} success={state.status === "success" ? state.message : undefined} />
      <TextareaField
        key={`body-${state.status}`}
        id={`${id}-body`}
        name="body"
        label={t(words.body)}
        rows={3}
        maxLength={maxLength}
        defaultValue={state.status === "error" ? (state.values?.body ?? "") : ""}
        error={errors.body}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={filesId} className="font-medium">
          {t(words.files)}
        </label>
        <input
          key={`files-${state.status}`}
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
          pendingLabel={t(words.pending)}
          aria-busy={pending || undefined}
          className={primaryButton}
        >
          {t(words.submit)}
        </PendingButton>
      </div>
    </form>
  );
}
