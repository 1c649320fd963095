"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { CatalogImportInvalidError, commitCatalogImport } from "@/lib/catalog/csv/commit-import";
import type { FileError } from "@/lib/catalog/csv/columns";
import { importPhotosZip } from "@/lib/catalog/csv/import-photos-zip";
import { previewCatalogImport } from "@/lib/catalog/csv/preview-import";
import type { RowError } from "@/lib/catalog/csv/validate-rows";
import { AppError } from "@/lib/errors";
import { runFormAction } from "@/lib/forms/form-state";
import { formText } from "@/lib/forms/form-text";
import { getT } from "@/lib/i18n/server";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";
import type { CommitState, ImportErrorLine, PhotosState, PreviewState } from "./import-state";

async function currentShopId(actor: Awaited<ReturnType<typeof getActor>>): Promise<string> {
  const shop = await getDashboardShop(actor);
  if (!shop) throw new AppError("NOT_FOUND");
  return shop.id;
}

async function fileBytes(formData: FormData, field: string): Promise<{ name: string; bytes: Uint8Array }> {
  const file = formData.get(field);
  if (!(file instanceof File) || file.size === 0)
    throw new AppError("VALIDATION", "no file", { [field]: "catalogImport.errors.noFile" });
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

const translateRows = (t: Translate, errors: RowError[]): ImportErrorLine[] =>
  errors.map((error) => ({
    line: error.line,
    column: error.column,
    message: t(error.message as MessageKey, error.values),
  }));
/** File errors name limits ("20 000 lignes"): numbers are written the viewer's way. */
const translateFile = (t: Translate, locale: string, errors: FileError[]) =>
  errors.map((error) => {
    const values = Object.fromEntries(
      Object.entries(error.values ?? {}).map(([name, value]) => [
        name,
        typeof value === "number" ? new Intl.NumberFormat(locale).format(value) : value,
      ]),
    );
    return t(error.message as MessageKey, values);
  });

export async function previewImport(_previous: PreviewState, formData: FormData): Promise<PreviewState> {
  const actor = await getActor();
  const { locale, t } = await getT();
  let preview: PreviewState["preview"];
  const state = await runFormAction(t, "previewImport", async () => {
    const shopId = await currentShopId(actor);
    const { name, bytes } = await fileBytes(formData, "file");
    const result = await previewCatalogImport(actor, { shopId, fileName: name, bytes });
    preview = {
      ...result,
      errors: translateRows(t, result.errors),
      fileErrors: translateFile(t, locale, result.fileErrors),
    };
    return t("catalogImport.upload.checked");
  });
  return { ...state, preview };
}

export async function commitImport(_previous: CommitState, formData: FormData): Promise<CommitState> {
  const actor = await getActor();
  const { locale, t } = await getT();
  let invalid: CatalogImportInvalidError | undefined;
  const state = await runFormAction(t, "commitImport", async () => {
    try {
      const result = await commitCatalogImport(actor, { importId: formText(formData, "importId") });
      revalidatePath("/dashboard/products");
      return t("catalogImport.preview.done", {
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged,
      });
    } catch (error) {
      if (error instanceof CatalogImportInvalidError) invalid = error;
      throw error;
    }
  });
  if (!invalid) return state;
  return {
    status: "error",
    fieldErrors: { form: t("catalogImport.errors.noLongerValid") },
    errors: translateRows(t, invalid.rowErrors.slice(0, 500)),
    errorCount: invalid.rowErrors.length,
    fileErrors: translateFile(t, locale, invalid.fileErrors),
  };
}

export async function importPhotos(_previous: PhotosState, formData: FormData): Promise<PhotosState> {
  const actor = await getActor();
  const { t } = await getT();
  let report: PhotosState["report"];
  const state = await runFormAction(t, "importPhotos", async () => {
    const shopId = await currentShopId(actor);
    const { bytes } = await fileBytes(formData, "zip");
    const result = await importPhotosZip(actor, { shopId, bytes });
    report = result.files.map((file) => ({
      name: file.name,
      result: t(`catalogImport.photos.outcome.${file.outcome}`),
      attached: file.outcome === "attached",
    }));
    revalidatePath("/dashboard/products");
    return t("catalogImport.photos.done", { attached: result.attached });
  });
  return { ...state, report };
}
