import { personalDataDownload } from "../personal-data-download";

/** GET: the signed-in person's data as one CSV file (docs/security.md, personal data). */
export async function GET(): Promise<Response> {
  return personalDataDownload("csv");
}
