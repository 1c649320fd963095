"use server";

import { headers } from "next/headers";
import type { ContactFormState, ContactFormValues } from "@/components/shop-page/contact-form";
import { runFormAction } from "@/lib/forms/form-state";
import { clientAddressFromHeaders } from "@/lib/http/client-address";
import { getT } from "@/lib/i18n/server";
import { contactShop } from "@/lib/shops/contact-shop";

const EMPTY: ContactFormValues = { name: "", email: "", message: "" };

function text(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}

/** The visitor's address for the rate limit, as the custom server established it (docs/security.md). */
async function clientIp(): Promise<string> {
  return clientAddressFromHeaders(await headers());
}

/** "Contact the shop": anyone, signed in or not, may write; the domain rate-limits by address. */
export async function sendContactMessage(_previous: ContactFormState, formData: FormData): Promise<ContactFormState> {
  const values: ContactFormValues = {
    name: text(formData.get("name")),
    email: text(formData.get("email")),
    message: text(formData.get("message")),
  };
  const [{ t }, ip] = await Promise.all([getT(), clientIp()]);
  const state = await runFormAction(t, "sendContactMessage", async () => {
    await contactShop(
      { shopSlug: text(formData.get("shopSlug")), ...values, website: text(formData.get("website")) },
      { ip },
    );
    return t("shopPage.contactForm.success");
  });
  return { ...state, values: state.status === "success" ? EMPTY : values };
}
