/** The procedural safeguards notice (34 CFR 300.504) to download, in English and Spanish, with the questions it answers. */
import { safeguardsUrl } from './api';
import { useT } from '../i18n';
import { HelpRow } from '../ui/Help';

export function RightsCard({ studentId }: { studentId: string }) {
  const t = useT();
  return (
    <section className="card family-card" aria-labelledby="family-rights-heading">
      <h3 id="family-rights-heading">{t('portal.rights.title')}</h3>
      <p>{t('portal.rights.intro')}</p>
      <ul className="family-downloads">
        <li>
          <a
            className="button button-secondary"
            href={safeguardsUrl('en', studentId)}
            hrefLang="en"
            type="application/pdf"
            data-testid="safeguards-en"
          >
            {t('portal.rights.en')}
          </a>
        </li>
        <li>
          <a
            className="button button-secondary"
            href={safeguardsUrl('es', studentId)}
            hrefLang="es"
            type="application/pdf"
            data-testid="safeguards-es"
          >
            {t('portal.rights.es')}
          </a>
        </li>
      </ul>
      <HelpRow topics={['safeguards', 'disagree', 'consent', 'prior-notice']} />
    </section>
  );
}
