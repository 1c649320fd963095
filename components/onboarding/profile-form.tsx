"use client";

import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { primaryButton } from "@/components/ui/styles";
import { StepButtons, StepFormMessage, type StepButtonLabels } from "./form-footer";
import { ImageField } from "./image-field";
import { useOnboardingForm, type StepFormAction } from "./use-onboarding-form";

export type ProfileFormLabels = StepButtonLabels & {
  identityTitle: string;
  name: string;
  nameHint: string;
  trade: string;
  tradeHint: string;
  description: string;
  descriptionHint: string;
  imagesTitle: string;
  logo: string;
  logoHint: string;
  banner: string;
  bannerHint: string;
  currentImage: string;
  contactTitle: string;
  contactHint: string;
  phone: string;
  email: string;
  socialTitle: string;
  urlHint: string;
  website: string;
  instagram: string;
  facebook: string;
  tiktok: string;
  linkedin: string;
  create: string;
  creating: string;
};

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
  labels: ProfileFormLabels;
  values: ProfileFormValues;
  /** "create": one button that creates the shop; "edit": save, save and continue. */
  mode: "create" | "edit";
  nextHref?: string;
  slugNote?: string;
};

const SOCIALS = ["website", "instagram", "facebook", "tiktok", "linkedin"] as const;
const fieldset = "flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-6";
const legend = "px-1 text-lg font-semibold";

export function ProfileForm({ action, labels, values, mode, nextHref, slugNote }: ProfileFormProps) {
  const { formRef, state, formAction, pending, onSubmit, errors, valueOf } = useOnboardingForm(action);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <StepFormMessage state={state} />
      <fieldset className={fieldset}>
        <legend className={legend}>{labels.identityTitle}</legend>
        <TextField
          id="shop-name"
          name="name"
          label={labels.name}
          hint={slugNote ?? labels.nameHint}
          defaultValue={valueOf("name", values.name)}
          error={errors.name}
          required
          maxLength={80}
          autoComplete="organization"
        />
        <TextField
          id="shop-trade"
          name="trade"
          label={labels.trade}
          hint={labels.tradeHint}
          defaultValue={valueOf("trade", values.trade)}
          error={errors.trade}
          required
          maxLength={60}
        />
        <TextareaField
          id="shop-description"
          name="description"
          label={labels.description}
          hint={labels.descriptionHint}
          defaultValue={valueOf("description", values.description)}
          error={errors.description}
          required
          maxLength={2000}
          rows={6}
        />
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>{labels.imagesTitle}</legend>
        <ImageField
          id="shop-logo"
          name="logo"
          label={labels.logo}
          hint={labels.logoHint}
          currentUrl={values.logoUrl}
          currentLabel={labels.currentImage}
          error={errors.logo}
        />
        <ImageField
          id="shop-banner"
          name="banner"
          label={labels.banner}
          hint={labels.bannerHint}
          currentUrl={values.bannerUrl}
          currentLabel={labels.currentImage}
          error={errors.banner}
        />
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>{labels.contactTitle}</legend>
        <p className="text-sm text-stone-600">{labels.contactHint}</p>
        <TextField
          id="shop-phone"
          name="phone"
          type="tel"
          label={labels.phone}
          defaultValue={valueOf("phone", values.phone)}
          error={errors.phone}
          autoComplete="tel"
        />
        <TextField
          id="shop-email"
          name="email"
          type="email"
          label={labels.email}
          defaultValue={valueOf("email", values.email)}
          error={errors.email}
          autoComplete="email"
        />
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>{labels.socialTitle}</legend>
        <p className="text-sm text-stone-600">{labels.urlHint}</p>
        {SOCIALS.map((network) => (
          <TextField
            key={network}
            id={`shop-${network}`}
            name={network}
            type="url"
            inputMode="url"
            label={labels[network]}
            placeholder="https://"
            defaultValue={valueOf(network, values[network])}
            error={errors[network]}
          />
        ))}
      </fieldset>
      {mode === "create" ? (
        <div>
          <button type="submit" disabled={pending} className={primaryButton}>
            {pending ? labels.creating : labels.create}
          </button>
        </div>
      ) : (
        <StepButtons labels={labels} pending={pending} saved={state.status === "success"} nextHref={nextHref} />
      )}
    </form>
  );
}
