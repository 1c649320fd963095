import { z } from "zod";
import { emptyToUndefined } from "./form-values";

// Step 1: what a shopper sees of the shop. Messages are catalogue keys (onboarding.errors.*).
export const SOCIAL_NETWORKS = ["instagram", "facebook", "tiktok", "linkedin"] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

const httpsUrl = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .max(300, "onboarding.errors.urlTooLong")
    .refine(isHttpsUrl, "onboarding.errors.urlInvalid")
    .optional(),
);

// Loose on purpose: numbers are written in many ways across countries; 6 to 15 digits.
const phone = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .regex(/^\+?[0-9 ().\-/]{6,25}$/, "onboarding.errors.phoneInvalid")
    .refine((value) => {
      const digits = value.replace(/\D/g, "").length;
      return digits >= 6 && digits <= 15;
    }, "onboarding.errors.phoneInvalid")
    .optional(),
);

const email = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "onboarding.errors.emailInvalid")
    .pipe(z.email("onboarding.errors.emailInvalid"))
    .optional(),
);

export const profileSchema = z.object({
  name: z
    .string("onboarding.errors.nameRequired")
    .trim()
    .min(2, "onboarding.errors.nameLength")
    .max(80, "onboarding.errors.nameLength"),
  trade: z
    .string("onboarding.errors.tradeRequired")
    .trim()
    .min(2, "onboarding.errors.tradeLength")
    .max(60, "onboarding.errors.tradeLength"),
  description: z
    .string("onboarding.errors.descriptionRequired")
    .trim()
    .min(1, "onboarding.errors.descriptionRequired")
    .max(2000, "onboarding.errors.descriptionTooLong"),
  instagram: httpsUrl,
  facebook: httpsUrl,
  tiktok: httpsUrl,
  linkedin: httpsUrl,
  website: httpsUrl,
  phone,
  email,
});

export type ProfileInput = z.input<typeof profileSchema>;
export type Profile = z.output<typeof profileSchema>;

/** The Shop columns a profile fills (socials as JSON, only the networks given). */
export function profileToShopData(profile: Profile) {
  const socials: Partial<Record<SocialNetwork, string>> = {};
  for (const network of SOCIAL_NETWORKS) {
    const url = profile[network];
    if (url) socials[network] = url;
  }
  return {
    name: profile.name,
    trade: profile.trade,
    description: profile.description,
    socials,
    website: profile.website ?? null,
    phone: profile.phone ?? null,
    email: profile.email ?? null,
  };
}
