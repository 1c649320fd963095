import { isAppError } from "@/lib/errors";
import { isPlainKey } from "@/lib/files/file-keys";
import { publicCacheControl } from "@/lib/files/public-cache";
import { readPublicFile } from "@/lib/files/storage";
import { isCleanText } from "@/lib/text/clean-text";

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key;
  // A NUL byte in a path makes Node throw: such a key names no file (docs/security.md, edges).
  if (!key.every((segment) => isCleanText(segment))) return new Response(null, { status: 404 });
  // Keys are taken literally ("..", "." and empty segments name no file), on disk as in a bucket.
  const fileKey = key.join("/");
  if (!isPlainKey(fileKey)) return new Response(null, { status: 404 });
  let file;
  try {
    file = await readPublicFile(fileKey);
  } catch (error) {
    // The store is down (docs/architecture.md, files): a short refusal nobody caches, not a 500.
    if (!isAppError(error, "UNAVAILABLE")) throw error;
    console.error("public file unavailable", fileKey, error);
    return new Response(null, { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "30" } });
  }
  if (!file) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Cache-Control": publicCacheControl(fileKey),
      // SVGs are served as images, never as documents that could run script.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
