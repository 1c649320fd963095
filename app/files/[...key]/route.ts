import { readPublicFile } from "@/lib/files/local-storage";
import { isCleanText } from "@/lib/text/clean-text";

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key;
  // A NUL byte in a path makes Node throw: such a key names no file (docs/security.md, edges).
  if (!key.every((segment) => isCleanText(segment))) return new Response(null, { status: 404 });
  const file = await readPublicFile(key);
  if (!file) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Cache-Control": "public, max-age=86400",
      // SVGs are served as images, never as documents that could run script.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
