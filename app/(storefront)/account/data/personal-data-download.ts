import { appErrorResponse } from "@/lib/app-error-response";
import { getActor } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/files/content-disposition";
import { exportPersonalData, type PersonalDataFormat } from "@/lib/privacy/export-personal-data";

/**
 * The signed-in person's own data as a download (docs/security.md, personal data): signed out 401,
 * never cached, always an attachment. There is no id in the address: nobody can ask for another.
 */
export async function personalDataDownload(format: PersonalDataFormat): Promise<Response> {
  try {
    const file = await exportPersonalData(await getActor(), format);
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": contentDisposition("attachment", file.fileName, `personal-data.${format}`),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    const refused = appErrorResponse(error);
    if (refused) return refused;
    throw error;
  }
}
