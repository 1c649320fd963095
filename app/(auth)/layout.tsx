import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { LogoLink } from "@/components/layout/logo-link";
import { getT } from "@/lib/i18n/server";
import { getPublicSettings } from "@/lib/settings/get-public-settings";

// Centred card layout for sign-in and sign-up.
export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const [{ locale, t }, marketplace] = await Promise.all([getT(), getPublicSettings()]);
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-md items-center justify-between px-4 pt-6">
        <LogoLink name={marketplace.name} label={t("settings.public.homeLink", { name: marketplace.name })} />
        <LanguageSwitcher locale={locale} locales={marketplace.locales} t={t} />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 py-8 sm:items-center">
        <div className="w-full max-w-md rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
          {children}
        </div>
      </main>
    </div>
  );
}
