import { pickVariant, type PhotoVariant } from "./pick-variant";

export type { PhotoVariant };

type ProductPhotoProps = {
  url: string;
  alt: string;
  variants: PhotoVariant[];
  /** the picture's own size (for the aspect ratio); `fill` ignores them */
  width?: number | null;
  height?: number | null;
  sizes: string;
  className?: string;
  fill?: boolean;
  priority?: boolean;
};

/**
 * A product photo as a plain responsive <img>: our photos are already WebP in a few widths (sharp,
 * at upload), so the browser picks one from srcset/sizes; nothing to run on the client (next/image
 * would ship its component to every page showing a photo). Pictures without variants (demo SVGs)
 * are shown as they are. Usable from server and client components alike.
 */
export function ProductPhoto({
  url,
  alt,
  variants,
  width,
  height,
  sizes,
  className,
  fill,
  priority,
}: ProductPhotoProps) {
  const sorted = [...variants].sort((a, b) => a.width - b.width);
  const srcSet = sorted.length > 0 ? sorted.map((variant) => `${variant.url} ${variant.width}w`).join(", ") : undefined;
  const src = sorted.length > 0 ? (pickVariant(sorted, 640)?.url ?? url) : url;
  const box = fill ? undefined : { width: width ?? 640, height: height ?? width ?? 640 };
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the widths are made at upload; see above
    <img
      src={src}
      srcSet={srcSet}
      sizes={srcSet ? sizes : undefined}
      alt={alt}
      width={box?.width}
      height={box?.height}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className={fill ? `absolute inset-0 size-full ${className ?? ""}` : className}
    />
  );
}
