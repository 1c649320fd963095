import Link from "next/link";
import { inputBase, secondaryButton, textLink } from "@/components/ui/styles";
import { CurrentPathInput } from "./current-path-input";

type ShopSwitcherProps = {
  action: (formData: FormData) => Promise<void>;
  shops: { id: string; name: string }[];
  currentShopId: string | null;
  labels: { label: string; submit: string; newShop: string };
};

/**
 * Which shop the dashboard works on: a select and a button, so it works without JavaScript (the
 * server checks the shop is the vendor's own before remembering it), plus the way to open another.
 */
export function ShopSwitcher({ action, shops, currentShopId, labels }: ShopSwitcherProps) {
  return (
    <div className="mb-6 flex flex-wrap items-end gap-x-4 gap-y-2">
      <form action={action} className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="shop-switcher" className="text-sm font-medium">
            {labels.label}
          </label>
          <select
            id="shop-switcher"
            name="shopId"
            defaultValue={currentShopId ?? undefined}
            className={`${inputBase} min-h-11 w-auto max-w-[16rem]`}
          >
            {shops.map((shop) => (
              <option key={shop.id} value={shop.id}>
                {shop.name}
              </option>
            ))}
          </select>
        </div>
        <CurrentPathInput name="returnTo" />
        <button type="submit" className={secondaryButton}>
          {labels.submit}
        </button>
      </form>
      <Link href="/dashboard/shops/new" className={`${textLink} py-2`}>
        {labels.newShop}
      </Link>
    </div>
  );
}
