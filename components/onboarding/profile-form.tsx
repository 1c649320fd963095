"use client";

import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { primaryButton } from "@/components/ui/styles";
import { useT } from "@/lib/i18n/client";
import { StepButtons, StepFormMessage } from "./form-footer";
import { ImageField } from "./image-field";
import { useOnboardingForm, type StepFormAction } from "./use-onboarding-form";

export type ProfileFormValues = {
  name: string;
  trade: string;
  description: string;
  website: string;
  instagram: string;
  facebook: string;
  tiktok: string;
  linkedin: string;
  phone: string;
  email: string;
  logoUrl: string | null;
  bannerUrl: string | null;
};

export const EMPTY_PROFILE: ProfileFormValues = {
  name: "",
  trade: "",
  description: "",
  website: "",
  instagram: "",
  facebook: "",
  tiktok: "",
  linkedin: "",
  phone: "",
  email: "",
  logoUrl: null,
  bannerUrl: null,
};

type ProfileFormProps = {
  action: StepFormAction;
  values: ProfileFormValues;
  /** "create": one button that creates the shop; "edit": save, save and continue. */
  mode: "create" | "edit";
  nextHref?: string;
  /** the shop's address on the marketplace, shown once it exists */
  slug?: string;
};

const SOCIALS = ["website", "instagram", "facebook", "tiktok", "linkedin"] as const;
const fieldset = "flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-6";
const legend = "px-1 text-lg font-semibold";

export function ProfileForm({ action, values, mode, nextHref, slug }: ProfileFormProps) {
  const t = useT();
  const { formRef, state, formAction, pending, onSubmit, errors, valueOf } = useOnboardingForm(action);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <StepFormMessage state={state} />
      <fieldset className={fieldset}>
        <legend className={legend}>{t("onboarding.profile.identityTitle")}</legend>
        <TextField
          id="shop-name"
          name="name"
          label={t("onboarding.profile.name")}
          hint={slug ? t("onboarding.profile.slugNote", { slug }) : t("onboarding.profile.nameHint")}
          defaultValue={valueOf("name", values.name)}
          error={errors.name}
          required
          maxLength={80}
          autoComplete="organization"
        />
        <TextField
          id="shop-trade"
          name="trade"
          label={t("onboarding.profile.trade")}
          hint={t("onboarding.profile.tradeHint")}
          defaultValue={valueOf("trade", values.trade)}
          error={errors.trade}
          required
          maxLength={60}
        />
        <TextareaField
          id="shop-description"
          name="description"
          label={t("onboarding.profile.descriptionLabel")}
          hint={t("onboarding.profile.descriptionHint")}
          defaultValue={valueOf("description", values.description)}
          error={errors.description}
          required
          maxLength={2000}
          rows={6}
        />
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>{t("onboarding.profile.imagesTitle")}</legend>
        <ImageField
          id="shop-logo"
          name="logo"
          label={t("onboarding.profile.logo")}
          hint={t("onboarding.profile.logoHint")}
          currentUrl={values.logoUrl}
          currentLabel={t("onboarding.profile.currentImage")}
          error={errors.logo}
        />
        <ImageField
          id="shop-banner"
          name="banner"
          label={t("onboarding.profile.banner")}
          hint={t("onboarding.profile.bannerHint")}
          currentUrl={values.bannerUrl}
          currentLabel={t("onboarding.profile.currentImage")}
          error={errors.banner}
        />
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>{t("onboarding.profile.contactTitle")}</legend>
        <p className="text-sm text-stone-600">{t("onboarding.profile.contactHint")}</p>
        <TextField
          id="shop-phone"
          name="phone"
          type="tel"
          label={t("onboarding.profile.phone")}
          defaultValue={valueOf("phone", values.phone)}
          error={errors.phone}
          autoComplete="tel"
        />
        <TextField
          id="shop-email"
          name="email"
          type="email"
          label={t("onboarding.profile.email")}
          defaultValue={valueOf("email", values.email)}
          error={errors.email}
          autoComplete="email"
        />
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>{t("onboarding.profile.socialTitle")}</legend>
        <p className="text-sm text-stone-600">{t("onboarding.profile.urlHint")}</p>
        {SOCIALS.map((network) => (
          <TextField
            key={network}
            id={`shop-${network}`}
            name={network}
            type="url"
            inputMode="url"
            label={t(`onboarding.profile.${network}`)}
            placeholder="https://"
            defaultValue={valueOf(network, values[network])}
            error={errors[network]}
          />
        ))}
      </fieldset>
      {mode === "create" ? (
        <div>
          <button type="submit" disabled={pending} className={primaryButton}>
            {pending ? t("onboarding.newShop.pending") : t("onboarding.newShop.submit")}
          </button>
        </div>
      ) : (
        <StepButtons step="profile" pending={pending} saved={state.status === "success"} nextHref={nextHref} />
      )}
    </form>
  );
}
