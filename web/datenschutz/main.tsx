// The privacy notice (/datenschutz), public: readable before the first login, from Keycloak's login
// pages (?schule=<handle>) and from every page of the app (the signed-in user's school).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import '../shared/styles.css';
import { ErrorNote, LanguageSwitch } from '../shared/ui';
import { PrivacyNotice } from './privacy-notice';

function PrivacyPage() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Answer<'GET /privacy-notice'> | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const school = new URLSearchParams(location.search).get('schule') ?? undefined;
    request('GET /privacy-notice', { query: { school } }).then(setNotice, setError);
  }, []);
  return (
    <>
      <a class="skip" href="#main">
        {t('app.skip')}
      </a>
      <header class="top">
        <span class="brand">{notice?.school?.name ?? t('app.name')}</span>
        <nav aria-label={t('header.settings')} class="top-actions">
          <LanguageSwitch />
          <a class="button quiet" href="/">
            {t('privacy.toLogin')}
          </a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{t('privacy.title')}</h1>
        <ErrorNote error={error} />
        {notice ? <PrivacyNotice notice={notice} /> : error ? null : <p class="muted">{t('common.loading')}</p>}
      </main>
    </>
  );
}

render(<PrivacyPage />, document.getElementById('app')!);
