"use client";

import Image, { type ImageLoader } from "next/image";
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
 * A product photo through next/image. Our photos are already WebP in a few widths (sharp, at
 * upload): the loader picks among them rather than resizing again. Pictures without variants
 * (demo SVGs) are shown as they are.
 */
export function ProductPhoto({ url, alt, variants, width, height, sizes, className, fill, priority }: ProductPhotoProps) {
  const loader: ImageLoader = ({ width: wanted }) => pickVariant(variants, wanted)?.url ?? url;
  const unoptimized = variants.length === 0;
  const dimensions = fill ? { fill: true } : { width: width ?? 640, height: height ?? width ?? 640 };
  return <Image src={url} alt={alt} sizes={sizes} className={className} priority={priority} {...dimensions} {...(unoptimized ? { unoptimized: true } : { loader })} />;
}
