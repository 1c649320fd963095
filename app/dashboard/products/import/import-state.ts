import type { FormState } from "@/lib/forms/form-state";

/** One row error, translated, as the errors table shows it. */
export type ImportErrorLine = { line: number; column: string; message: string };

export type ImportPreviewView = {
  importId: string | null;
  fileName: string;
  rowCount: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  errorCount: number;
  errors: ImportErrorLine[];
  fileErrors: string[];
};

export type PreviewState = FormState<{ preview?: ImportPreviewView }>;
export type CommitState = FormState<{ errors?: ImportErrorLine[]; errorCount?: number; fileErrors?: string[] }>;
export type PhotosState = FormState<{ report?: { name: string; result: string; attached: boolean }[] }>;

export const IDLE_PREVIEW: PreviewState = { status: "idle", fieldErrors: {} };
export const IDLE_COMMIT: CommitState = { status: "idle", fieldErrors: {} };
export const IDLE_PHOTOS: PhotosState = { status: "idle", fieldErrors: {} };
