"use client";

import { useActionState, useEffect, useRef } from "react";
import { FieldError, describedByOf } from "@/components/ui/field-parts";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton } from "@/components/ui/styles";
import { useT } from "@/lib/i18n/client";
import { importPhotos } from "./actions";
import { IDLE_PHOTOS } from "./import-state";

export function PhotosForm() {
  const t = useT();
  const [state, formAction, pending] = useActionState(importPhotos, IDLE_PHOTOS);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "error")
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus();
  }, [state]);
  const error = state.fieldErrors.zip;
  return (
    <div className="flex flex-col gap-4">
      <form ref={formRef} action={formAction} className="flex max-w-xl flex-col gap-3" noValidate>
        <FormMessage error={state.fieldErrors.form} success={state.status === "success" ? state.message : undefined} />
        <label htmlFor="photos-zip" className="font-medium">
          {t("catalogImport.photos.fileLabel")}
        </label>
        <input
          id="photos-zip"
          name="zip"
          type="file"
          accept=".zip,application/zip"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedByOf("photos-zip", undefined, error)}
          className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2"
        />
        <FieldError id="photos-zip" error={error} />
        <div>
          <button type="submit" disabled={pending} aria-busy={pending} className={primaryButton}>
            {pending ? t("catalogImport.photos.pending") : t("catalogImport.photos.submit")}
          </button>
        </div>
      </form>
      {state.report && state.report.length > 0 ? (
        <div className="overflow-x-auto rounded-lg border border-stone-200">
          <table className="w-full border-collapse bg-white text-sm">
            <caption className="px-3 py-2 text-start font-semibold">{t("catalogImport.photos.reportTitle")}</caption>
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="px-3 py-2 text-start font-semibold">
                  {t("catalogImport.photos.file")}
                </th>
                <th scope="col" className="px-3 py-2 text-start font-semibold">
                  {t("catalogImport.photos.result")}
                </th>
              </tr>
            </thead>
            <tbody>
              {state.report.map((file) => (
                <tr key={file.name} className="border-t border-stone-200">
                  <td className="px-3 py-2 font-mono break-all">{file.name}</td>
                  <td className={`px-3 py-2 ${file.attached ? "text-brand-800" : "text-red-800"}`}>{file.result}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
