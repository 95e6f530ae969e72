// The frame every page shares: a skip link, the header (school, messages, language, log out) and
// the main landmark.
import type { ComponentChildren } from 'preact';
import { setLanguage, useTranslation } from './i18n';
import { Link } from './router';

export type PageLinks = { messages?: string; settings?: string; extra?: { to: string; label: string }[] };

export function Page(props: {
  title: string;
  school?: string;
  unread?: number;
  links?: PageLinks;
  children: ComponentChildren;
}) {
  const { t } = useTranslation();
  return (
    <>
      <a class="skip" href="#main">
        {t('app.skip')}
      </a>
      <header class="top">
        <span class="brand">{props.school ?? t('app.name')}</span>
        <nav aria-label={t('header.settings')} class="top-actions">
          {(props.links?.extra ?? []).map((link) => (
            <Link key={link.to} class="button quiet" to={link.to}>
              {link.label}
            </Link>
          ))}
          {props.links?.messages ? (
            <Link class="button quiet" to={props.links.messages}>
              {t('header.messages')}
              {props.unread ? ` (${props.unread})` : ''}
            </Link>
          ) : null}
          {props.links?.settings ? (
            <Link class="button quiet" to={props.links.settings}>
              {t('header.settings')}
            </Link>
          ) : null}
          <LanguageSwitch />
          <form method="post" action="/auth/logout">
            <button type="submit" class="button quiet">
              {t('header.logout')}
            </button>
          </form>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{props.title}</h1>
        {props.children}
      </main>
      <footer class="foot">
        <a href="/datenschutz">{t('footer.privacy')}</a>
      </footer>
    </>
  );
}

// German or English, remembered on the device.
export function LanguageSwitch() {
  const { t, language } = useTranslation();
  const other = language === 'de' ? 'English' : 'Deutsch';
  return (
    <button
      type="button"
      class="button quiet"
      aria-label={`${t('header.language')}: ${other}`}
      onClick={() => setLanguage(language === 'de' ? 'en' : 'de')}
    >
      {other}
    </button>
  );
}

export function ErrorNote(props: { error: unknown }) {
  const { t } = useTranslation();
  if (!props.error) return null;
  const message = props.error instanceof Error ? props.error.message : String(props.error);
  return (
    <p class="note error" role="alert">
      {t('common.error', { message })}
    </p>
  );
}

// A short confirmation ("Gespeichert."), read out by screen readers; nothing when empty.
export function Notice(props: { text: string }) {
  if (!props.text) return null;
  return (
    <p class="note info" role="status">
      {props.text}
    </p>
  );
}
