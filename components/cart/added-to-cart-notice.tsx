import Link from "next/link";
import { textLink } from "@/components/ui/styles";

/** "Added to the cart." with a link to it: what an "Add to cart" form says once it has worked. */
export function AddedToCartNotice({ id, message, viewCart }: { id: string; message?: string; viewCart: string }) {
  return (
    <p id={id} role="status" className="text-sm font-medium text-brand-800">
      {message}{" "}
      <Link href="/cart" className={textLink}>
        {viewCart}
      </Link>
    </p>
  );
}
