/** "Pièce d'identité (1).pdf" → "Piece d_identite _1_.pdf": safe in a quoted header value. */
function asciiFileName(name: string, fallback: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[^\w.\- ]/g, "_")
    .trim();
  return ascii.slice(0, 120) || fallback;
}

/** RFC 5987 value: encodeURIComponent leaves ' ( ) * which are not attr-chars. */
function utf8FileName(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A Content-Disposition value naming a file safely: an ASCII fallback in quotes (no quote,
 * backslash or line break can get through) and the exact name in RFC 5987 form.
 */
export function contentDisposition(kind: "inline" | "attachment", name: string, fallback = "file"): string {
  const fileName = name.slice(0, 200);
  return `${kind}; filename="${asciiFileName(fileName, fallback)}"; filename*=UTF-8''${utf8FileName(fileName)}`;
}

/**
 * The policy of a private file (docs/security.md, headers, cookies and sessions): opened as a page,
 * it runs no script, loads nothing and is sandboxed (a unique origin without this site's cookies).
 */
export const PRIVATE_FILE_POLICY = "sandbox; default-src 'none'";

/**
 * The headers of a private file (identity documents, order and support attachments): a download,
 * never shown as a page of this site, never cached by a shared cache, never sniffed into another
 * type. An `<img>` still shows a picture: Content-Disposition only concerns navigation.
 */
export function privateFileHeaders(file: {
  contentType: string;
  fileName: string;
  size: number;
  fallbackName?: string;
}): Record<string, string> {
  return {
    "Content-Type": file.contentType,
    "Content-Length": String(file.size),
    "Content-Disposition": contentDisposition("attachment", file.fileName, file.fallbackName),
    "Content-Security-Policy": PRIVATE_FILE_POLICY,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
