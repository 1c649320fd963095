import type { Translate } from "@/lib/i18n/translate";
import type { ProfileFormLabels } from "./profile-form";

/** The profile form's texts in the viewer's language (server side). */
export function profileFormLabels(t: Translate): ProfileFormLabels {
  return {
    identityTitle: t("onboarding.profile.identityTitle"),
    name: t("onboarding.profile.name"),
    nameHint: t("onboarding.profile.nameHint"),
    trade: t("onboarding.profile.trade"),
    tradeHint: t("onboarding.profile.tradeHint"),
    description: t("onboarding.profile.descriptionLabel"),
    descriptionHint: t("onboarding.profile.descriptionHint"),
    imagesTitle: t("onboarding.profile.imagesTitle"),
    logo: t("onboarding.profile.logo"),
    logoHint: t("onboarding.profile.logoHint"),
    banner: t("onboarding.profile.banner"),
    bannerHint: t("onboarding.profile.bannerHint"),
    currentImage: t("onboarding.profile.currentImage"),
    contactTitle: t("onboarding.profile.contactTitle"),
    contactHint: t("onboarding.profile.contactHint"),
    phone: t("onboarding.profile.phone"),
    email: t("onboarding.profile.email"),
    socialTitle: t("onboarding.profile.socialTitle"),
    urlHint: t("onboarding.profile.urlHint"),
    website: t("onboarding.profile.website"),
    instagram: t("onboarding.profile.instagram"),
    facebook: t("onboarding.profile.facebook"),
    tiktok: t("onboarding.profile.tiktok"),
    linkedin: t("onboarding.profile.linkedin"),
    create: t("onboarding.newShop.submit"),
    creating: t("onboarding.newShop.pending"),
    save: t("forms.save"),
    saving: t("forms.saving"),
    saveAndContinue: t("onboarding.profile.saveAndContinue"),
    continue: t("onboarding.profile.continue"),
  };
}
