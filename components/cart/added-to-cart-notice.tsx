import Link from "next/link";
import { textLink } from "@/components/ui/styles";
import { useT } from "@/lib/i18n/client";

/** "Added to the cart." with a link to it: what an "Add to cart" form says once it has worked. */
export function AddedToCartNotice({ id, message }: { id: string; message?: string }) {
  const t = useT();
  return (
    <p id={id} role="status" className="text-sm font-medium text-brand-800">
      {message}{" "}
      <Link href="/cart" className={textLink}>
        {t("cart.add.viewCart")}
      </Link>
    </p>
  );
}
