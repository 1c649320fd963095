"use client";

import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { FieldError } from "@/components/ui/field-parts";
import { inputBase, primaryButton } from "@/components/ui/styles";
import { useT } from "@/lib/i18n/client";
import { quickEditAction, type QuickEditState } from "./actions";

type QuickEditFormProps = {
  product: {
    id: string;
    title: string;
    updatedAt: string;
    priceInput: string;
    stockTracked: boolean;
    stock: number;
    status: string;
  };
};

const IDLE: QuickEditState = { status: "idle", fieldErrors: {} };

/**
 * Price, stock and status of one product, edited in the list. A <details> so it opens without
 * JavaScript too; the row shows the saved values once the page data is refreshed.
 */
export function QuickEditForm({ product }: QuickEditFormProps) {
  const t = useT();
  const [state, formAction, pending] = useActionState(quickEditAction, IDLE);
  const [price, setPrice] = useState(product.priceInput);
  const [stock, setStock] = useState(String(product.stock));
  const [status, setStatus] = useState(product.status);
  // When the product changes (this save, or a bulk action), the fields follow the saved values.
  const [syncedWith, setSyncedWith] = useState(product.updatedAt);
  if (syncedWith !== product.updatedAt) {
    setSyncedWith(product.updatedAt);
    setPrice(product.priceInput);
    setStock(String(product.stock));
    setStatus(product.status);
  }
  const formRef = useRef<HTMLFormElement>(null);
  const id = `qe-${product.id}`;
  const errors = state.fieldErrors;

  // With JavaScript, submit without React's automatic form reset, so a refused edit keeps what was
  // typed (the `action` attribute stays for browsers without JavaScript).
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  useEffect(() => {
    if (state.status === "error")
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus();
  }, [state]);

  return (
    <details className="group">
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-lg px-2 font-medium text-brand-700 underline underline-offset-2">
        {t("productList.quickEdit.toggle")}
        <span className="sr-only"> : {product.title}</span>
      </summary>
      <form
        ref={formRef}
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        aria-label={`${t("productList.quickEdit.toggle")} : ${product.title}`}
        className="mt-2 grid gap-3 rounded-lg border border-stone-200 bg-stone-50 p-3 sm:grid-cols-3 md:w-80 md:grid-cols-1"
      >
        <input type="hidden" name="productId" value={product.id} />
        <input type="hidden" name="updatedAt" value={product.updatedAt} />
        {errors.form ? (
          <p role="alert" tabIndex={-1} className="text-sm font-medium text-red-700 sm:col-span-3 md:col-span-1">
            {errors.form}
          </p>
        ) : null}
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-price`} className="text-sm font-medium">
            {t("productList.quickEdit.price")}
          </label>
          <input
            id={`${id}-price`}
            name="price"
            inputMode="decimal"
            value={price}
            onChange={(event) => setPrice(event.target.value)}
            aria-invalid={errors.price ? true : undefined}
            aria-describedby={errors.price ? `${id}-price-error` : undefined}
            className={inputBase}
          />
          <FieldError id={`${id}-price`} error={errors.price} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-stock`} className="text-sm font-medium">
            {t("productList.quickEdit.stock")}
          </label>
          {product.stockTracked ? (
            <input
              id={`${id}-stock`}
              name="stock"
              inputMode="numeric"
              value={stock}
              onChange={(event) => setStock(event.target.value)}
              aria-invalid={errors.stock ? true : undefined}
              aria-describedby={errors.stock ? `${id}-stock-error` : undefined}
              className={inputBase}
            />
          ) : (
            <p id={`${id}-stock`} className="text-sm text-stone-600">
              {t("productList.quickEdit.stockNotTracked")}
            </p>
          )}
          <FieldError id={`${id}-stock`} error={errors.stock} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-status`} className="text-sm font-medium">
            {t("productList.quickEdit.status")}
          </label>
          <select
            id={`${id}-status`}
            name="status"
            value={status}
            onChange={(event) => setStatus(event.target.value)}
            aria-invalid={errors.status ? true : undefined}
            aria-describedby={errors.status ? `${id}-status-error` : undefined}
            className={inputBase}
          >
            {(["DRAFT", "ACTIVE", "ARCHIVED"] as const).map((value) => (
              <option key={value} value={value}>
                {t(`productList.status.${value}`)}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-status`} error={errors.status} />
        </div>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-3 md:col-span-1">
          <button type="submit" disabled={pending} className={primaryButton}>
            {pending ? t("productList.quickEdit.saving") : t("productList.quickEdit.save")}
          </button>
          {state.status === "success" && !pending ? (
            <p role="status" className="text-sm font-medium text-brand-800">
              {state.message}
            </p>
          ) : null}
        </div>
      </form>
    </details>
  );
}
