import { textLink } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/translate";
import type { ShopSocialLinks } from "@/lib/shops/get-approved-shop";

type ContactDetailsProps = {
  phone: string | null;
  email: string | null;
  website: string | null;
  socials: ShopSocialLinks;
  t: Translate;
};

function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host.replace(/^www\./, "")}${parsed.pathname === "/" ? "" : parsed.pathname}`;
  } catch {
    return url;
  }
}

/** Public phone, e-mail, website and social links; external links open without leaking the opener. */
export function ContactDetails({ phone, email, website, socials, t }: ContactDetailsProps) {
  const networks = Object.entries(socials);
  if (!phone && !email && !website && networks.length === 0)
    return <p className="text-stone-700">{t("shopPage.contact.none")}</p>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
      {phone ? (
        <>
          <dt className="text-stone-600">{t("shopPage.contact.phone")}</dt>
          <dd>
            <a href={`tel:${phone.replace(/[^\d+]/g, "")}`} dir="ltr" className={textLink}>
              {phone}
            </a>
          </dd>
        </>
      ) : null}
      {email ? (
        <>
          <dt className="text-stone-600">{t("shopPage.contact.email")}</dt>
          <dd className="min-w-0 break-words">
            <a href={`mailto:${email}`} dir="ltr" className={textLink}>
              {email}
            </a>
          </dd>
        </>
      ) : null}
      {website ? (
        <>
          <dt className="text-stone-600">{t("shopPage.contact.website")}</dt>
          <dd className="min-w-0 break-words">
            <a href={website} rel="noopener noreferrer" target="_blank" dir="ltr" className={textLink}>
              {displayUrl(website)}
            </a>
          </dd>
        </>
      ) : null}
      {networks.length > 0 ? (
        <>
          <dt className="text-stone-600">{t("shopPage.contact.socials")}</dt>
          <dd>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {networks.map(([network, url]) => (
                <li key={network}>
                  <a href={url} rel="noopener noreferrer" target="_blank" className={`${textLink} capitalize`}>
                    {network}
                  </a>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
