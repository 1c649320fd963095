import { personalDataDownload } from "../personal-data-download";

/** GET: the signed-in person's data as one JSON document (docs/security.md, personal data). */
export async function GET(): Promise<Response> {
  return personalDataDownload("json");
}
