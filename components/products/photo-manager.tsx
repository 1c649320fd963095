"use client";

import { useActionState, useEffect, useRef } from "react";
import { FieldError, FieldHint, describedByOf } from "@/components/ui/field-parts";
import { FormMessage } from "@/components/ui/form-message";
import { inputBase, primaryButton, secondaryButton } from "@/components/ui/styles";
import { IDLE, type FormAction, type FormState } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";
import { ProductPhoto, type PhotoVariant } from "./product-photo";

type Action = FormAction;

type Photo = {
  id: string;
  url: string;
  alt: string;
  width: number | null;
  height: number | null;
  variants: PhotoVariant[];
};

const smallButton =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border border-stone-300 bg-white px-3 font-medium hover:bg-stone-100 disabled:opacity-50";

function useFocusAfter(state: FormState, formRef: React.RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    if (state.status !== "error") return;
    const form = formRef.current;
    (
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]')
    )?.focus();
  }, [state, formRef]);
}

/**
 * The editor's photo section: an upload form (several files at once, 8 photos in all) and the
 * list of photos with alt text, move up / move down and remove (confirmed). Each button posts
 * the list's form; the server applies the change to the current order.
 */
export function PhotoManager({
  photos,
  max,
  addAction,
  updateAction,
}: {
  photos: Photo[];
  max: number;
  addAction: Action;
  updateAction: Action;
}) {
  const t = useT();
  const [addState, add, adding] = useActionState(addAction, IDLE);
  const [listState, update, updating] = useActionState(updateAction, IDLE);
  const addRef = useRef<HTMLFormElement>(null);
  const listRef = useRef<HTMLFormElement>(null);
  const lastIntent = useRef<string | null>(null);
  useFocusAfter(addState, addRef);
  useFocusAfter(listState, listRef);

  useEffect(() => {
    if (addState.status === "success") addRef.current?.reset();
  }, [addState]);

  // After a move, the focus follows the photo's button (keyboard users keep their place).
  useEffect(() => {
    if (listState.status !== "success" || !lastIntent.current) return;
    const intent = lastIntent.current;
    lastIntent.current = null;
    const [verb, id] = intent.split(":");
    if (verb !== "up" && verb !== "down") return;
    const target =
      listRef.current?.querySelector<HTMLButtonElement>(`button[value="${verb}:${id}"]:not(:disabled)`) ??
      listRef.current?.querySelector<HTMLButtonElement>(`[data-photo="${id}"] button:not(:disabled)`);
    target?.focus();
  }, [listState, photos]);

  const full = photos.length >= max;
  return (
    <div className="flex flex-col gap-4">
      <p className="font-medium" aria-live="polite">
        {t("products.photos.count", { count: photos.length, max })}
      </p>
      <form
        ref={addRef}
        action={add}
        className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4"
        noValidate
      >
        <FormMessage
          error={addState.fieldErrors.form}
          success={addState.status === "success" ? addState.message : undefined}
        />
        {full ? (
          <p className="text-stone-700">{t("products.photos.full")}</p>
        ) : (
          <>
            <label htmlFor="photo-upload" className="font-medium">
              {t("products.photos.upload")}
            </label>
            <input
              id="photo-upload"
              name="photos"
              type="file"
              multiple
              accept="image/jpeg,image/png,image/webp"
              aria-invalid={addState.fieldErrors.photos ? true : undefined}
              aria-describedby={describedByOf(
                "photo-upload",
                t("products.photos.uploadHint"),
                addState.fieldErrors.photos,
              )}
              className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base file:me-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-1 file:font-medium"
            />
            <FieldHint id="photo-upload" hint={t("products.photos.uploadHint")} />
            <FieldError id="photo-upload" error={addState.fieldErrors.photos} />
            <div>
              <button type="submit" disabled={adding} className={primaryButton}>
                {adding ? t("products.photos.adding") : t("products.photos.add")}
              </button>
            </div>
          </>
        )}
      </form>

      {photos.length === 0 ? (
        <p className="rounded-xl border border-dashed border-stone-300 p-4 text-stone-600">
          {t("products.photos.empty")}
        </p>
      ) : (
        <form
          ref={listRef}
          action={update}
          noValidate
          onSubmit={(event) => {
            const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
            lastIntent.current = submitter?.value ?? null;
          }}
          className="flex flex-col gap-3"
        >
          {/* The default button: Enter in an alt text field saves (rather than moving a photo). */}
          <button type="submit" name="intent" value="save" tabIndex={-1} aria-hidden="true" className="sr-only">
            {t("products.photos.save")}
          </button>
          <FormMessage
            error={listState.fieldErrors.form ?? listState.fieldErrors.photos}
            success={listState.status === "success" ? listState.message : undefined}
          />
          <ol aria-label={t("products.photos.listLabel")} className="flex flex-col gap-3">
            {photos.map((photo, index) => {
              const n = index + 1;
              const altId = `photo-alt-${photo.id}`;
              const altError = listState.fieldErrors[`alt.${photo.id}`];
              return (
                <li
                  key={photo.id}
                  data-photo={photo.id}
                  className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-3 sm:flex-row"
                >
                  <input type="hidden" name="order" value={photo.id} />
                  <div className="relative size-28 shrink-0 overflow-hidden rounded-lg bg-stone-100">
                    <ProductPhoto
                      url={photo.url}
                      alt={photo.alt}
                      variants={photo.variants}
                      sizes="112px"
                      fill
                      className="object-cover"
                    />
                  </div>
                  <div className="flex flex-1 flex-col gap-2">
                    <p className="font-medium">{t("products.photos.position", { n })}</p>
                    <label htmlFor={altId} className="text-sm font-medium">
                      {t("products.photos.alt", { n })}
                    </label>
                    <input
                      id={altId}
                      name={`alt.${photo.id}`}
                      type="text"
                      maxLength={200}
                      defaultValue={photo.alt}
                      aria-invalid={altError ? true : undefined}
                      aria-describedby={describedByOf(altId, t("products.photos.altHint"), altError)}
                      className={inputBase}
                    />
                    <FieldHint id={altId} hint={t("products.photos.altHint")} />
                    <FieldError id={altId} error={altError} />
                    <div className="flex flex-wrap items-start gap-2">
                      <button
                        type="submit"
                        name="intent"
                        value={`up:${photo.id}`}
                        disabled={index === 0 || updating}
                        aria-label={t("products.photos.moveUp", { n })}
                        className={smallButton}
                      >
                        <span aria-hidden="true">↑</span>
                      </button>
                      <button
                        type="submit"
                        name="intent"
                        value={`down:${photo.id}`}
                        disabled={index === photos.length - 1 || updating}
                        aria-label={t("products.photos.moveDown", { n })}
                        className={smallButton}
                      >
                        <span aria-hidden="true">↓</span>
                      </button>
                      <details className="flex-1">
                        <summary
                          className={`${secondaryButton} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}
                        >
                          {t("products.photos.remove", { n })}
                        </summary>
                        <div
                          role="group"
                          aria-label={t("products.photos.removeTitle")}
                          className="mt-2 flex flex-col gap-2 rounded-lg border border-red-200 bg-red-50 p-3"
                        >
                          <p className="font-medium">{t("products.photos.removeTitle")}</p>
                          <p>{t("products.photos.removeText", { n })}</p>
                          <div>
                            <button
                              type="submit"
                              name="intent"
                              value={`remove:${photo.id}`}
                              disabled={updating}
                              className={`${primaryButton} bg-red-700 hover:bg-red-800`}
                            >
                              {t("products.photos.removeConfirm")}
                            </button>
                          </div>
                        </div>
                      </details>
                    </div>
                  </div>
                </li>
              );
            })}
          </ol>
          <div>
            <button type="submit" name="intent" value="save" disabled={updating} className={secondaryButton}>
              {t("products.photos.save")}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
