"use client";

import { useRef, useState, type ChangeEvent } from "react";
import { describedByOf, FieldError, FieldHint } from "@/components/ui/field-parts";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { primaryButton, inputBase } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { StepFormMessage } from "@/components/onboarding/form-footer";
import { useOnboardingForm, type StepFormAction } from "@/components/onboarding/use-onboarding-form";
import type { CategoryGroup } from "@/lib/catalog/products/get-product-form-options";
import type { ProductFormValues } from "@/lib/catalog/products/get-product-for-editing";
import { PRODUCT_KINDS, PRODUCT_LIMITS } from "@/lib/catalog/product-schema";
import { tracksStockByDefault } from "@/lib/catalog/products/stock-default";
import { useLocale, useT } from "@/lib/i18n/client";
import { MarkdownField } from "./markdown-field";

export const EMPTY_PRODUCT: ProductFormValues = {
  title: "",
  shortDescription: "",
  description: "",
  kind: "PHYSICAL",
  categoryId: "",
  price: "",
  compareAtPrice: "",
  estimatedPrice: false,
  priceUnit: "",
  stockTracked: tracksStockByDefault("PHYSICAL"),
  stock: "",
  hideWhenOutOfStock: false,
  sku: "",
  weightGrams: "",
  shippingClassId: "",
  status: "DRAFT",
};

type ProductFormProps = {
  action: StepFormAction;
  preview: (source: string) => Promise<string>;
  /** the shop's currency (ISO 4217), its sign shown in the price labels */
  currency: string;
  /** "create" (photos taken, the button creates) or "edit" */
  mode: "create" | "edit";
  values: ProductFormValues;
  categories: CategoryGroup[];
  shippingClasses: { id: string; name: string }[];
  /** on moderation hold: "online" is not offered (docs/security.md, moderation) */
  held?: boolean;
};

const fieldset = "flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-6";
const legend = "px-1 text-lg font-semibold";

/** The currency's sign in the viewer's locale ("€"), shown in the price labels. */
function currencySign(currency: string, locale: string): string {
  return (
    new Intl.NumberFormat(locale, { style: "currency", currency })
      .formatToParts(0)
      .find((part) => part.type === "currency")?.value ?? currency
  );
}

function CountedField(props: {
  id: string;
  name: string;
  label: string;
  max: number;
  value: string;
  hint?: string;
  error?: string;
  multiline?: boolean;
}) {
  const t = useT();
  const [count, setCount] = useState(props.value.length);
  const counterId = `${props.id}-counter`;
  const describedBy = [describedByOf(props.id, props.hint, props.error), counterId].filter(Boolean).join(" ");
  const common = {
    id: props.id,
    name: props.name,
    defaultValue: props.value,
    maxLength: props.max,
    onInput: (event: React.FormEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setCount(event.currentTarget.value.length),
    "aria-invalid": props.error ? true : undefined,
    "aria-describedby": describedBy,
    className: inputBase,
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={props.id} className="font-medium">
        {props.label}
      </label>
      {props.multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
      <p
        id={counterId}
        className={`text-end text-sm ${count > props.max ? "text-red-700" : "text-stone-600"}`}
        aria-live={count >= props.max - 10 ? "polite" : "off"}
      >
        {t("products.form.counter", { count, max: props.max })}
      </p>
      <FieldHint id={props.id} hint={props.hint} />
      <FieldError id={props.id} error={props.error} />
    </div>
  );
}

function RadioGroup({
  name,
  legend: title,
  options,
  value,
  error,
  hint,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  value: string;
  error?: string;
  hint?: string;
}) {
  const id = `product-${name}`;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={describedByOf(id, hint, error)}>
      <legend className="mb-1 font-medium">{title}</legend>
      {options.map((option, index) => (
        <label key={option.value} className="flex min-h-11 items-center gap-3">
          <input
            type="radio"
            name={name}
            value={option.value}
            defaultChecked={value === option.value}
            aria-invalid={error && index === 0 ? true : undefined}
            className="size-5 accent-brand-700"
          />
          {option.label}
        </label>
      ))}
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

/** The product form (create and edit): fields grouped by topic, errors beside each field. */
export function ProductForm({
  action,
  preview,
  currency,
  mode,
  values,
  categories,
  shippingClasses,
  held = false,
}: ProductFormProps) {
  const t = useT();
  const sign = currencySign(currency, useLocale());
  const withPhotos = mode === "create";
  // "Archived" is offered only to a product already archived (archiving is its own action).
  const statuses = (["DRAFT", "ACTIVE", "ARCHIVED"] as const)
    .filter((status) => status !== "ARCHIVED" || values.status === "ARCHIVED")
    .filter((status) => status !== "ACTIVE" || !held || values.status === "ACTIVE")
    .map((status) => ({ value: status, label: t(`products.form.statuses.${status}`) }));
  const kinds = PRODUCT_KINDS.map((kind) => ({ value: kind, label: t(`products.form.kinds.${kind}`) }));
  const { formRef, state, formAction, pending, onSubmit, errors, valueOf, checkedOf } = useOnboardingForm(action);
  const text = (name: keyof ProductFormValues) => valueOf(name, String(values[name]));
  const checked = (name: "estimatedPrice" | "stockTracked" | "hideWhenOutOfStock") => checkedOf(name, values[name]);
  const categoryId = text("categoryId");
  const shippingClassId = text("shippingClassId");
  // "Track stock" follows the kind (goods yes, services and digital no) until the vendor ticks or
  // unticks it themselves; a saved choice that differs from its kind's default counts as theirs.
  const stockTouched = useRef(checked("stockTracked") !== tracksStockByDefault(text("kind")));
  function onFormChange(event: ChangeEvent<HTMLFormElement>) {
    const input = event.target as unknown as HTMLInputElement;
    if (input.name === "stockTracked") stockTouched.current = true;
    else if (input.name === "kind" && input.checked && !stockTouched.current) {
      const box = formRef.current?.elements.namedItem("stockTracked");
      if (box instanceof HTMLInputElement) box.checked = tracksStockByDefault(input.value);
    }
  }
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      onChange={onFormChange}
      noValidate
      className="flex flex-col gap-6"
    >
      <StepFormMessage state={state} />
      <fieldset className={fieldset}>
        <legend className={legend}>{t("products.form.contentTitle")}</legend>
        <CountedField
          id="product-title"
          name="title"
          label={t("products.form.title")}
          max={PRODUCT_LIMITS.title}
          value={text("title")}
          error={errors.title}
        />
        <CountedField
          id="product-shortDescription"
          name="shortDescription"
          label={t("products.form.shortDescription")}
          hint={t("products.form.shortDescriptionHint")}
          max={PRODUCT_LIMITS.shortDescription}
          value={text("shortDescription")}
          error={errors.shortDescription}
          multiline
        />
        <MarkdownField
          id="product-description"
          name="description"
          label={t("products.form.description")}
          hint={t("products.form.descriptionHint")}
          defaultValue={text("description")}
          maxLength={PRODUCT_LIMITS.description}
          error={errors.description}
          preview={preview}
        />
        <RadioGroup
          name="kind"
          legend={t("products.form.kind")}
          options={kinds}
          value={text("kind")}
          error={errors.kind}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="product-categoryId" className="font-medium">
            {t("products.form.category")}
          </label>
          <select
            id="product-categoryId"
            name="categoryId"
            defaultValue={categoryId}
            aria-invalid={errors.categoryId ? true : undefined}
            aria-describedby={describedByOf("product-categoryId", undefined, errors.categoryId)}
            className={inputBase}
          >
            <option value="">{t("products.form.categoryNone")}</option>
            {categories.map((group) => (
              <optgroup key={group.options[0]?.id ?? group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.id} value={option.id}>
                    {`${"— ".repeat(option.depth)}${option.name}`}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <FieldError id="product-categoryId" error={errors.categoryId} />
        </div>
      </fieldset>

      {withPhotos ? (
        <fieldset className={fieldset}>
          <legend className={legend}>{t("products.form.photos")}</legend>
          <div className="flex flex-col gap-1">
            <label htmlFor="product-photos" className="font-medium">
              {t("products.form.photos")}
            </label>
            <input
              id="product-photos"
              name="photos"
              type="file"
              multiple
              accept="image/jpeg,image/png,image/webp"
              aria-invalid={errors.photos ? true : undefined}
              aria-describedby={describedByOf("product-photos", t("products.form.photosHint"), errors.photos)}
              className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base file:me-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-1 file:font-medium"
            />
            <FieldHint id="product-photos" hint={t("products.form.photosHint")} />
            <FieldError id="product-photos" error={errors.photos} />
          </div>
        </fieldset>
      ) : null}

      <fieldset className={fieldset}>
        <legend className={legend}>{t("products.form.priceTitle")}</legend>
        <TextField
          id="product-price"
          name="price"
          label={t("products.form.price", { currency: sign })}
          hint={t("products.form.priceHint")}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={text("price")}
          error={errors.price}
        />
        <TextField
          id="product-compareAtPrice"
          name="compareAtPrice"
          label={t("products.form.compareAtPrice", { currency: sign })}
          hint={t("products.form.compareAtPriceHint")}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={text("compareAtPrice")}
          error={errors.compareAtPrice}
        />
        <CheckboxField
          id="product-estimatedPrice"
          name="estimatedPrice"
          label={t("products.form.estimatedPrice")}
          hint={t("products.form.estimatedPriceHint")}
          defaultChecked={checked("estimatedPrice")}
          error={errors.estimatedPrice}
        />
        <TextField
          id="product-priceUnit"
          name="priceUnit"
          label={t("products.form.priceUnit")}
          hint={t("products.form.priceUnitHint")}
          maxLength={PRODUCT_LIMITS.priceUnit}
          defaultValue={text("priceUnit")}
          error={errors.priceUnit}
        />
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t("products.form.stockTitle")}</legend>
        <CheckboxField
          id="product-stockTracked"
          name="stockTracked"
          label={t("products.form.stockTracked")}
          defaultChecked={checked("stockTracked")}
          error={errors.stockTracked}
        />
        <TextField
          id="product-stock"
          name="stock"
          label={t("products.form.stock")}
          hint={t("products.form.stockHint")}
          inputMode="numeric"
          defaultValue={text("stock")}
          error={errors.stock}
        />
        <CheckboxField
          id="product-hideWhenOutOfStock"
          name="hideWhenOutOfStock"
          label={t("products.form.hideWhenOutOfStock")}
          defaultChecked={checked("hideWhenOutOfStock")}
          error={errors.hideWhenOutOfStock}
        />
        <TextField
          id="product-sku"
          name="sku"
          dir="ltr"
          label={t("products.form.sku")}
          hint={t("products.form.skuHint")}
          maxLength={PRODUCT_LIMITS.sku}
          autoComplete="off"
          defaultValue={text("sku")}
          error={errors.sku}
        />
        <TextField
          id="product-weightGrams"
          name="weightGrams"
          label={t("products.form.weightGrams")}
          inputMode="numeric"
          defaultValue={text("weightGrams")}
          error={errors.weightGrams}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="product-shippingClassId" className="font-medium">
            {t("products.form.shippingClass")}
          </label>
          <select
            id="product-shippingClassId"
            name="shippingClassId"
            defaultValue={shippingClassId}
            aria-invalid={errors.shippingClassId ? true : undefined}
            aria-describedby={describedByOf("product-shippingClassId", undefined, errors.shippingClassId)}
            className={inputBase}
          >
            <option value="">{t("products.form.shippingClassNone")}</option>
            {shippingClasses.map((shippingClass) => (
              <option key={shippingClass.id} value={shippingClass.id}>
                {shippingClass.name}
              </option>
            ))}
          </select>
          <FieldError id="product-shippingClassId" error={errors.shippingClassId} />
        </div>
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t("products.form.statusTitle")}</legend>
        <RadioGroup
          name="status"
          legend={t("products.form.status")}
          options={statuses}
          value={text("status")}
          error={errors.status}
          hint={t("products.form.statusHint")}
        />
      </fieldset>

      <div>
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending
            ? t("products.form.saving")
            : mode === "create"
              ? t("products.form.create")
              : t("products.form.save")}
        </button>
      </div>
    </form>
  );
}
