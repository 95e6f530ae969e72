// The school's privacy contacts (controller and data protection officer), shown on /datenschutz.
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { ErrorNote, Notice } from '../shared/ui';
import { useAction } from '../shared/use-action';

type Contacts = Answer<'GET /school/privacy-contacts'>;
const FIELDS = [
  { key: 'controllerContact', max: 500, isLong: true },
  { key: 'dpoName', max: 200, isLong: false },
  { key: 'dpoContact', max: 300, isLong: false },
] as const;

export function PrivacyContacts(props: { schoolSlug: string }) {
  const { t } = useTranslation();
  const [contacts, setContacts] = useState<Record<keyof Contacts, string> | null>(null);
  const { isBusy, error, setError, notice, setNotice, run } = useAction();
  const show = (saved: Contacts) =>
    setContacts({
      controllerContact: saved.controllerContact ?? '',
      dpoName: saved.dpoName ?? '',
      dpoContact: saved.dpoContact ?? '',
    });
  useEffect(() => void request('GET /school/privacy-contacts').then(show).catch(setError), []);
  if (!contacts) return <ErrorNote error={error} />;
  const save = run(async () => {
    show(await request('PUT /school/privacy-contacts', { body: contacts }));
    setNotice(t('privacyContacts.saved'));
  });
  return (
    <section class="card" aria-labelledby="privacy-contacts-title">
      <h2 id="privacy-contacts-title">{t('privacyContacts.title')}</h2>
      <p>{t('privacyContacts.intro')}</p>
      <form onSubmit={save}>
        {FIELDS.map(({ key, max, isLong }) => {
          const onInput = (event: Event) =>
            setContacts({ ...contacts, [key]: (event.currentTarget as HTMLInputElement).value });
          return (
            <label key={key} for={`privacy-${key}`}>
              {t(`privacyContacts.${key}`)}
              {isLong ? (
                <textarea id={`privacy-${key}`} maxLength={max} rows={3} value={contacts[key]} onInput={onInput} />
              ) : (
                <input id={`privacy-${key}`} maxLength={max} value={contacts[key]} onInput={onInput} />
              )}
            </label>
          );
        })}
        <ErrorNote error={error} />
        <Notice text={notice} />
        <div class="row">
          <button type="submit" class="button" disabled={isBusy}>
            {t('common.save')}
          </button>
          <a href={`/datenschutz?schule=${encodeURIComponent(props.schoolSlug)}`}>{t('privacyContacts.view')}</a>
        </div>
      </form>
    </section>
  );
}
