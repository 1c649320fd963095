import Link from "next/link";
import { ProductPhoto } from "@/components/products/product-photo";
import type { PublicProductImage } from "@/lib/catalog/get-public-product";

type ProductGalleryProps = {
  slug: string;
  images: PublicProductImage[];
  /** 0-based index of the photo shown large */
  selected: number;
  labels: {
    gallery: string;
    thumbnails: string;
    noPhoto: string;
    showPhoto: (number: number, count: number) => string;
  };
};

/**
 * The main photo and thumbnails. Thumbnails are plain links (?photo=N, rendered on the server):
 * they work without JavaScript, by keyboard, and ship no script of their own.
 */
export function ProductGallery({ slug, images, selected, labels }: ProductGalleryProps) {
  const main = images[selected] ?? images[0];
  if (!main) {
    return (
      <div className="flex aspect-square items-center justify-center rounded-xl bg-stone-100 text-stone-600">
        <p>{labels.noPhoto}</p>
      </div>
    );
  }
  return (
    <section aria-label={labels.gallery} className="flex flex-col gap-3">
      <div className="relative aspect-square overflow-hidden rounded-xl bg-stone-100">
        <ProductPhoto
          url={main.url}
          alt={main.alt}
          variants={main.variants}
          width={main.width}
          height={main.height}
          sizes="(min-width: 1024px) 36rem, 100vw"
          className="size-full object-contain"
          priority
        />
      </div>
      {images.length > 1 ? (
        <nav aria-label={labels.thumbnails}>
          <ul className="flex flex-wrap gap-2">
            {images.map((image, index) => (
              <li key={image.url}>
                <Link
                  href={index === 0 ? `/p/${slug}` : `/p/${slug}?photo=${index + 1}`}
                  scroll={false}
                  replace
                  aria-label={labels.showPhoto(index + 1, images.length)}
                  aria-current={index === selected ? "true" : undefined}
                  className={`block size-16 overflow-hidden rounded-lg border-2 sm:size-20 ${index === selected ? "border-brand-700" : "border-transparent hover:border-stone-400"}`}
                >
                  {/* Thumbnails are decorative beside the link's own name. */}
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img
                    src={image.variants.toSorted((a, b) => a.width - b.width)[0]?.url ?? image.url}
                    alt=""
                    loading="lazy"
                    className="size-full object-cover"
                  />
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </section>
  );
}
