"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { inputBase, primaryButton, secondaryButton } from "@/components/ui/styles";
import { useT } from "@/lib/i18n/client";
import { applyBulkAction } from "./actions";
import { BULK_IDLE } from "./bulk-state";

import { BULK_FORM_ID } from "./bulk-form-id";

function rowCheckboxes(): HTMLInputElement[] {
  return [
    ...document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="productIds"][form="${BULK_FORM_ID}"]`),
  ];
}

/**
 * Bulk actions on the products ticked in the list (their checkboxes name this form with `form=`).
 * Delete asks first: a <dialog> with JavaScript, a second step from the server without.
 */
export function BulkActionsForm() {
  const t = useT();
  const [state, formAction, pending] = useActionState(applyBulkAction, BULK_IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const selectAllRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.status === "success") {
      for (const box of rowCheckboxes()) box.checked = false;
      if (selectAllRef.current) selectAllRef.current.checked = false;
    }
    if (state.status !== "idle")
      formRef.current?.querySelector<HTMLElement>('[role="alert"], [role="status"]')?.focus();
  }, [state]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const action = new FormData(form).get("bulkAction");
    if (action === "delete" && confirmRef.current?.value !== "yes" && rowCheckboxes().some((box) => box.checked)) {
      event.preventDefault();
      dialogRef.current?.showModal();
    }
  }

  function confirmDelete() {
    if (confirmRef.current) confirmRef.current.value = "yes";
    dialogRef.current?.close();
    formRef.current?.requestSubmit();
    // The next submission asks again.
    setTimeout(() => {
      if (confirmRef.current) confirmRef.current.value = "";
    }, 0);
  }

  const error = state.fieldErrors.form ?? state.fieldErrors.productIds ?? state.fieldErrors.bulkAction;
  return (
    <form
      ref={formRef}
      id={BULK_FORM_ID}
      action={formAction}
      onSubmit={onSubmit}
      className="mb-4 flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4"
    >
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="mb-2 font-semibold">{t("productList.bulk.legend")}</legend>
        <div className="flex min-h-11 items-center gap-2">
          <input
            ref={selectAllRef}
            id="bulk-select-all"
            type="checkbox"
            onChange={(event) => {
              for (const box of rowCheckboxes()) box.checked = event.target.checked;
            }}
            className="size-5 accent-brand-700"
          />
          <label htmlFor="bulk-select-all">{t("productList.table.selectAll")}</label>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="bulk-action" className="text-sm font-medium">
            {t("productList.bulk.action")}
          </label>
          <select id="bulk-action" name="bulkAction" defaultValue="" className={inputBase}>
            <option value="">{t("productList.bulk.choose")}</option>
            {(["publish", "draft", "archive", "delete"] as const).map((value) => (
              <option key={value} value={value}>
                {t(`productList.bulk.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <input ref={confirmRef} type="hidden" name="confirm" defaultValue="" />
        <button type="submit" disabled={pending} className={secondaryButton}>
          {pending ? t("productList.bulk.pending") : t("productList.bulk.apply")}
        </button>
      </fieldset>
      <FormMessage error={error} success={state.status === "success" ? state.message : undefined} />
      {state.refused.length > 0 ? (
        <div
          role="alert"
          tabIndex={-1}
          className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900"
        >
          <p className="font-medium">{t("productList.bulk.refusedIntro")}</p>
          <ul className="mt-1 list-disc ps-5">
            {state.refused.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.confirmDelete.length > 0 ? (
        // Second step when the dialog could not open (no JavaScript): the same question, in the page.
        <div role="alert" tabIndex={-1} className="rounded-lg border border-red-200 bg-red-50 p-3">
          <p className="font-semibold">{t("productList.bulk.confirmTitle")}</p>
          <p className="mt-1">{t("productList.bulk.confirmText")}</p>
          <input type="hidden" name="bulkAction" value="delete" />
          {state.confirmDelete.map((id) => (
            <input key={id} type="hidden" name="productIds" value={id} />
          ))}
          <button type="submit" name="confirm" value="yes" className={`${primaryButton} mt-3`}>
            {t("productList.bulk.confirm")}
          </button>
        </div>
      ) : null}
      <dialog
        ref={dialogRef}
        aria-labelledby="bulk-delete-title"
        className="m-auto max-w-md rounded-xl p-6 backdrop:bg-stone-900/50"
      >
        <h2 id="bulk-delete-title" className="text-lg font-semibold">
          {t("productList.bulk.confirmTitle")}
        </h2>
        <p className="mt-2">{t("productList.bulk.confirmText")}</p>
        <div className="mt-4 flex flex-wrap justify-end gap-3">
          <button type="button" onClick={() => dialogRef.current?.close()} className={secondaryButton}>
            {t("productList.bulk.cancel")}
          </button>
          <button type="button" onClick={confirmDelete} className={primaryButton}>
            {t("productList.bulk.confirm")}
          </button>
        </div>
      </dialog>
    </form>
  );
}
