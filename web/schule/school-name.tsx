// The school's name, here and on Keycloak's login pages: a school admin corrects it (GDPR Art. 16).
import { useEffect, useState } from 'preact/hooks';
import { ApiError, request } from '../shared/api';
import { useTranslation, type MessageKey } from '../shared/i18n';
import { ErrorNote, Notice } from '../shared/ui';
import { useAction } from '../shared/use-action';

// The server's answers in the page's words (its own messages are English and technical).
const MESSAGES: Record<string, MessageKey> = {
  bad_request: 'rename.schoolRules',
  school_name_taken: 'rename.schoolTaken',
};

export function SchoolName(props: { onRenamed: (name: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState<string | null>(null);
  const { isBusy, error, setError, notice, setNotice, run } = useAction();
  useEffect(
    () =>
      void request('GET /school')
        .then((school) => setName(school.name))
        .catch(setError),
    [],
  );
  if (name === null) return <ErrorNote error={error} />;
  const save = run(async () => {
    try {
      const school = await request('PUT /school/name', { body: { name } });
      setName(school.name);
      setNotice(t('rename.schoolDone', { name: school.name }));
      props.onRenamed(school.name);
    } catch (err) {
      const key = err instanceof ApiError ? MESSAGES[err.code] : undefined;
      throw key ? new Error(t(key)) : err;
    }
  });
  return (
    <form class="card" onSubmit={save} aria-labelledby="school-name-title">
      <h2 id="school-name-title">{t('rename.schoolTitle')}</h2>
      <label for="school-name">{t('rename.schoolLabel')}</label>
      <p class="muted" id="school-name-help">
        {t('rename.schoolHelp')}
      </p>
      <input
        id="school-name"
        value={name}
        maxLength={120}
        aria-describedby="school-name-help"
        onInput={(e) => setName((e.target as HTMLInputElement).value)}
      />
      <ErrorNote error={error} />
      <Notice text={notice} />
      <p>
        <button type="submit" class="button" disabled={isBusy}>
          {t('common.save')}
        </button>
      </p>
    </form>
  );
}
