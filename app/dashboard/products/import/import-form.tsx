"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { FieldError, FieldHint, describedByOf } from "@/components/ui/field-parts";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton, textLink } from "@/components/ui/styles";
import { useT } from "@/lib/i18n/client";
import { commitImport, previewImport } from "./actions";
import { ErrorsTable } from "./errors-table";
import { IDLE_COMMIT, IDLE_PREVIEW, type ImportPreviewView } from "./import-state";

export function ImportForm() {
  const t = useT();
  const [state, formAction, pending] = useActionState(previewImport, IDLE_PREVIEW);
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (state.status === "error")
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus();
    if (state.status === "success") resultRef.current?.focus();
  }, [state]);

  const error = state.fieldErrors.file;
  return (
    <div className="flex flex-col gap-6">
      <form ref={formRef} action={formAction} className="flex max-w-xl flex-col gap-3" noValidate>
        <FormMessage error={state.fieldErrors.form} />
        <label htmlFor="import-file" className="font-medium">
          {t("catalogImport.upload.fileLabel")}
        </label>
        <FieldHint id="import-file" hint={t("catalogImport.upload.fileHint")} />
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,.txt,text/csv"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedByOf("import-file", t("catalogImport.upload.fileHint"), error)}
          className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2"
        />
        <FieldError id="import-file" error={error} />
        <div>
          <button type="submit" disabled={pending} aria-busy={pending} className={primaryButton}>
            {pending ? t("catalogImport.upload.pending") : t("catalogImport.upload.submit")}
          </button>
        </div>
      </form>
      {state.preview ? (
        <PreviewResult key={state.preview.importId ?? "invalid"} preview={state.preview} headingRef={resultRef} />
      ) : null}
    </div>
  );
}

function PreviewResult({
  preview,
  headingRef,
}: {
  preview: ImportPreviewView;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const t = useT();
  const [state, commitAction, committing] = useActionState(commitImport, IDLE_COMMIT);
  const errors = state.errors ?? preview.errors;
  const errorCount = state.errorCount ?? preview.errorCount;
  const fileErrors = state.fileErrors ?? preview.fileErrors;
  const counts: [string, number][] = [
    [t("catalogImport.preview.rows"), preview.rowCount],
    [t("catalogImport.preview.toCreate"), preview.toCreate],
    [t("catalogImport.preview.toUpdate"), preview.toUpdate],
    [t("catalogImport.preview.unchanged"), preview.unchanged],
    [t("catalogImport.preview.errors"), errorCount],
  ];
  const canCommit =
    preview.importId !== null && errorCount === 0 && fileErrors.length === 0 && state.status !== "success";
  return (
    <section
      aria-labelledby="import-preview-title"
      className="flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4"
    >
      <h3 id="import-preview-title" ref={headingRef} tabIndex={-1} className="text-lg font-bold">
        {t("catalogImport.preview.title")}
      </h3>
      <p className="text-sm text-stone-700">{t("catalogImport.preview.fileName", { name: preview.fileName })}</p>
      {fileErrors.length > 0 ? (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-red-800">
          <p className="font-medium">{t("catalogImport.preview.fileErrorsTitle")}</p>
          <ul className="ms-5 list-disc">
            {fileErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : (
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {counts.map(([label, value]) => (
            <div key={label} className="rounded-lg bg-stone-50 p-3">
              <dt className="text-sm text-stone-700">{label}</dt>
              <dd className="text-2xl font-bold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {errorCount > 0 ? (
        <>
          <p role="alert" className="font-medium text-red-800">
            {t("catalogImport.preview.fixAndRetry")}
          </p>
          <ErrorsTable errors={errors} total={errorCount} />
        </>
      ) : null}
      {state.status === "error" && state.fieldErrors.form ? <FormMessage error={state.fieldErrors.form} /> : null}
      {state.status === "success" ? (
        <div className="flex flex-col gap-2">
          <FormMessage success={state.message} />
          <p>
            <Link href="/dashboard/products" className={textLink}>
              {t("catalogImport.preview.seeProducts")}
            </Link>
          </p>
        </div>
      ) : null}
      {canCommit ? (
        <form action={commitAction} className="flex flex-col gap-3">
          <p>
            {preview.toCreate + preview.toUpdate === 0
              ? t("catalogImport.preview.nothingToDo")
              : t("catalogImport.preview.ready")}
          </p>
          <input type="hidden" name="importId" value={preview.importId ?? ""} />
          <div>
            <button type="submit" disabled={committing} aria-busy={committing} className={primaryButton}>
              {committing ? t("catalogImport.preview.confirming") : t("catalogImport.preview.confirm")}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
