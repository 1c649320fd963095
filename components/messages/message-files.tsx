import Image from "next/image";
import { textLink } from "@/components/ui/styles";

/** A file of a message (an order conversation's or a support request's), served by a checked route. */
export type MessageFile = { id: string; url: string; fileName: string; byteSize: number; isImage: boolean };

const sizeOf = (bytes: number, locale: string) =>
  new Intl.NumberFormat(locale, {
    style: "unit",
    unit: bytes >= 1_000_000 ? "megabyte" : "kilobyte",
    maximumFractionDigits: 1,
  }).format(bytes >= 1_000_000 ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000)));

/** A message's files: photos as thumbnails, PDFs by name and size; each opens in a new tab. */
export function MessageFiles({
  files,
  locale,
  openLabel,
  photoLabel,
}: {
  files: MessageFile[];
  locale: string;
  /** the link's accessible name, and a photo's text alternative, for a file name */
  openLabel: (name: string) => string;
  photoLabel: (name: string) => string;
}) {
  if (files.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-2">
      {files.map((file) => (
        <li key={file.id}>
          <a
            href={file.url}
            target="_blank"
            rel="noopener"
            className={file.isImage ? "block rounded-md focus-visible:outline-2" : textLink}
            aria-label={openLabel(file.fileName)}
          >
            {file.isImage ? (
              <Image
                src={file.url}
                alt={photoLabel(file.fileName)}
                width={96}
                height={96}
                unoptimized
                className="size-24 rounded-md border border-stone-200 object-cover"
              />
            ) : (
              `${file.fileName} (${sizeOf(file.byteSize, locale)})`
            )}
          </a>
        </li>
      ))}
    </ul>
  );
}
