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
import { PRODUCT_LIMITS } from "@/lib/catalog/product-schema";
import { tracksStockByDefault } from "@/lib/catalog/products/stock-default";
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

export type ProductFormLabels = {
  contentTitle: string;
  title: string;
  /** "{count} / {max} …": filled in as the vendor types */
  counter: string;
  shortDescription: string;
  shortDescriptionHint: string;
  description: string;
  descriptionHint: string;
  write: string;
  preview: string;
  previewEmpty: string;
  previewLoading: string;
  kind: string;
  kinds: { value: string; label: string }[];
  category: string;
  categoryNone: string;
  priceTitle: string;
  price: string;
  priceHint: string;
  compareAtPrice: string;
  compareAtPriceHint: string;
  estimatedPrice: string;
  estimatedPriceHint: string;
  priceUnit: string;
  priceUnitHint: string;
  stockTitle: string;
  stockTracked: string;
  stock: string;
  stockHint: string;
  hideWhenOutOfStock: string;
  sku: string;
  skuHint: string;
  weightGrams: string;
  shippingClass: string;
  shippingClassNone: string;
  statusTitle: string;
  status: string;
  statuses: { value: string; label: string }[];
  statusHint: string;
  photos: string;
  photosHint: string;
  submit: string;
  saving: string;
};

type ProductFormProps = {
  action: StepFormAction;
  preview: (source: string) => Promise<string>;
  labels: ProductFormLabels;
  values: ProductFormValues;
  categories: CategoryGroup[];
  shippingClasses: { id: string; name: string }[];
  /** the create form takes photos too; the editor has its own photo section */
  withPhotos: boolean;
};

const fieldset = "flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-6";
const legend = "px-1 text-lg font-semibold";

function CountedField(props: {
  id: string;
  name: string;
  label: string;
  max: number;
  value: string;
  hint?: string;
  error?: string;
  counter: string;
  multiline?: boolean;
}) {
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
        {props.counter.replace("{count}", String(count)).replace("{max}", String(props.max))}
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
        <label key={option.value} className="flex items-center gap-3">
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
  labels,
  values,
  categories,
  shippingClasses,
  withPhotos,
}: ProductFormProps) {
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
        <legend className={legend}>{labels.contentTitle}</legend>
        <CountedField
          id="product-title"
          name="title"
          label={labels.title}
          max={PRODUCT_LIMITS.title}
          value={text("title")}
          error={errors.title}
          counter={labels.counter}
        />
        <CountedField
          id="product-shortDescription"
          name="shortDescription"
          label={labels.shortDescription}
          hint={labels.shortDescriptionHint}
          max={PRODUCT_LIMITS.shortDescription}
          value={text("shortDescription")}
          error={errors.shortDescription}
          counter={labels.counter}
          multiline
        />
        <MarkdownField
          id="product-description"
          name="description"
          label={labels.description}
          hint={labels.descriptionHint}
          defaultValue={text("description")}
          maxLength={PRODUCT_LIMITS.description}
          error={errors.description}
          labels={labels}
          preview={preview}
        />
        <RadioGroup name="kind" legend={labels.kind} options={labels.kinds} value={text("kind")} error={errors.kind} />
        <div className="flex flex-col gap-1">
          <label htmlFor="product-categoryId" className="font-medium">
            {labels.category}
          </label>
          <select
            id="product-categoryId"
            name="categoryId"
            defaultValue={categoryId}
            aria-invalid={errors.categoryId ? true : undefined}
            aria-describedby={describedByOf("product-categoryId", undefined, errors.categoryId)}
            className={inputBase}
          >
            <option value="">{labels.categoryNone}</option>
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
          <legend className={legend}>{labels.photos}</legend>
          <div className="flex flex-col gap-1">
            <label htmlFor="product-photos" className="font-medium">
              {labels.photos}
            </label>
            <input
              id="product-photos"
              name="photos"
              type="file"
              multiple
              accept="image/jpeg,image/png,image/webp"
              aria-invalid={errors.photos ? true : undefined}
              aria-describedby={describedByOf("product-photos", labels.photosHint, errors.photos)}
              className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base file:me-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-1 file:font-medium"
            />
            <FieldHint id="product-photos" hint={labels.photosHint} />
            <FieldError id="product-photos" error={errors.photos} />
          </div>
        </fieldset>
      ) : null}

      <fieldset className={fieldset}>
        <legend className={legend}>{labels.priceTitle}</legend>
        <TextField
          id="product-price"
          name="price"
          label={labels.price}
          hint={labels.priceHint}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={text("price")}
          error={errors.price}
        />
        <TextField
          id="product-compareAtPrice"
          name="compareAtPrice"
          label={labels.compareAtPrice}
          hint={labels.compareAtPriceHint}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={text("compareAtPrice")}
          error={errors.compareAtPrice}
        />
        <CheckboxField
          id="product-estimatedPrice"
          name="estimatedPrice"
          label={labels.estimatedPrice}
          hint={labels.estimatedPriceHint}
          defaultChecked={checked("estimatedPrice")}
          error={errors.estimatedPrice}
        />
        <TextField
          id="product-priceUnit"
          name="priceUnit"
          label={labels.priceUnit}
          hint={labels.priceUnitHint}
          maxLength={PRODUCT_LIMITS.priceUnit}
          defaultValue={text("priceUnit")}
          error={errors.priceUnit}
        />
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{labels.stockTitle}</legend>
        <CheckboxField
          id="product-stockTracked"
          name="stockTracked"
          label={labels.stockTracked}
          defaultChecked={checked("stockTracked")}
          error={errors.stockTracked}
        />
        <TextField
          id="product-stock"
          name="stock"
          label={labels.stock}
          hint={labels.stockHint}
          inputMode="numeric"
          defaultValue={text("stock")}
          error={errors.stock}
        />
        <CheckboxField
          id="product-hideWhenOutOfStock"
          name="hideWhenOutOfStock"
          label={labels.hideWhenOutOfStock}
          defaultChecked={checked("hideWhenOutOfStock")}
          error={errors.hideWhenOutOfStock}
        />
        <TextField
          id="product-sku"
          name="sku"
          label={labels.sku}
          hint={labels.skuHint}
          maxLength={PRODUCT_LIMITS.sku}
          autoComplete="off"
          defaultValue={text("sku")}
          error={errors.sku}
        />
        <TextField
          id="product-weightGrams"
          name="weightGrams"
          label={labels.weightGrams}
          inputMode="numeric"
          defaultValue={text("weightGrams")}
          error={errors.weightGrams}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="product-shippingClassId" className="font-medium">
            {labels.shippingClass}
          </label>
          <select
            id="product-shippingClassId"
            name="shippingClassId"
            defaultValue={shippingClassId}
            aria-invalid={errors.shippingClassId ? true : undefined}
            aria-describedby={describedByOf("product-shippingClassId", undefined, errors.shippingClassId)}
            className={inputBase}
          >
            <option value="">{labels.shippingClassNone}</option>
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
        <legend className={legend}>{labels.statusTitle}</legend>
        <RadioGroup
          name="status"
          legend={labels.status}
          options={labels.statuses}
          value={text("status")}
          error={errors.status}
          hint={labels.statusHint}
        />
      </fieldset>

      <div>
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? labels.saving : labels.submit}
        </button>
      </div>
    </form>
  );
}
