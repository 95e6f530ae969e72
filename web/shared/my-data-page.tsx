// "Meine Daten" (GDPR Art. 15/20), for every audience: in plain words what the platform holds
// about the signed-in user, and all of it as one JSON file.
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from './api';
import { useTranslation } from './i18n';
import { ErrorNote } from './ui';

export type MyData = Answer<'GET /me/data'>;

// The answer as a file: built in the browser from the JSON already loaded (no second request).
export function saveAsJsonFile(data: unknown, filename: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function MyDataSummary(props: { data: MyData }) {
  const { t } = useTranslation();
  const { data } = props;
  const date = (at: string) => new Date(at).toLocaleDateString();
  const correct = data.attempts.filter((attempt) => attempt.isCorrect).length;
  const exported = data.research.exportsWithYourData.reduce((sum, row) => sum + row.attempts, 0);
  const { objection } = data.research;
  return (
    <ul class="plain" aria-label={t('myData.summary')}>
      {data.profile.username ? <li>{t('myData.account', { name: data.profile.username })}</li> : null}
      {data.profile.school ? <li>{t('myData.school', { name: data.profile.school.name })}</li> : null}
      <li>
        {data.classes.length > 0
          ? t('myData.classes', { names: data.classes.map((c) => c.name).join(', ') })
          : t('myData.noClasses')}
      </li>
      <li>{t('myData.tasks', { count: data.attempts.length, correct })}</li>
      <li>{t('myData.assignments', { count: data.assignments.length })}</li>
      <li>{t('myData.messages', { count: data.messages.length })}</li>
      <li>{t('myData.logins', { count: data.loginAttempts.length })}</li>
      <li>
        {data.research.schoolStudies.length > 0
          ? t('myData.studies', { count: data.research.schoolStudies.length })
          : t('myData.noStudies')}
      </li>
      <li>{objection ? t('myData.objection', { date: date(objection.recordedAt) }) : t('myData.noObjection')}</li>
      {exported > 0 ? <li>{t('myData.exported', { count: exported })}</li> : null}
    </ul>
  );
}

export function MyDataPage() {
  const { t } = useTranslation();
  const [data, setData] = useState<MyData | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => void request('GET /me/data').then(setData).catch(setError), []);
  if (!data) return error ? <ErrorNote error={error} /> : <p class="muted">{t('common.loading')}</p>;
  return (
    <section class="card" aria-labelledby="my-data-title">
      <h2 id="my-data-title">{t('myData.summary')}</h2>
      <p>{t('myData.intro')}</p>
      <MyDataSummary data={data} />
      <p>
        <button type="button" class="button" onClick={() => saveAsJsonFile(data, 'meine-daten.json')}>
          {t('myData.download')}
        </button>
      </p>
      <p class="muted">{t('myData.downloadHelp')}</p>
    </section>
  );
}
