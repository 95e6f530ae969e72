// The studies the school is invited to (take part or not), and which classes' data went where.
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { ErrorNote } from '../shared/ui';
import { useAction } from '../shared/use-action';

export function ResearchSettings() {
  const { t } = useTranslation();
  const [studies, setStudies] = useState<Answer<'GET /school/studies'>['studies']>([]);
  const [exports, setExports] = useState<Answer<'GET /school/research-exports'>['exports']>([]);
  const { isBusy, error, setError, run } = useAction();
  const load = () =>
    Promise.all([
      request('GET /school/studies').then((answer) => setStudies(answer.studies)),
      request('GET /school/research-exports').then((answer) => setExports(answer.exports)),
    ]).catch(setError);
  useEffect(() => void load(), []);
  const decide = (id: string, isOptedIn: boolean) =>
    run(async () => {
      await request('PUT /school/studies/:id/participation', { params: { id }, body: { isOptedIn } });
      await load();
    });
  return (
    <section class="card" aria-labelledby="studies-title">
      <h2 id="studies-title">{t('school.studies')}</h2>
      <ErrorNote error={error} />
      {studies.length === 0 ? <p class="muted">{t('school.noStudies')}</p> : null}
      {studies.map((study) => (
        <div key={study.id} class="card">
          <h3>{study.name}</h3>
          <p>{study.purpose}</p>
          <p class="muted">
            {study.from} – {study.to}
          </p>
          <p role="status">{study.isOptedIn ? t('school.takesPart') : t('school.doesNotTakePart')}</p>
          {study.isEnded ? null : (
            <button type="button" class="button quiet" disabled={isBusy} onClick={decide(study.id, !study.isOptedIn)}>
              {study.isOptedIn ? t('school.optOut') : t('school.optIn')}
            </button>
          )}
        </div>
      ))}
      <h3>{t('school.exports')}</h3>
      {exports.length === 0 ? <p class="muted">{t('school.noExports')}</p> : null}
      <ul>
        {exports.map((entry) => (
          <li key={entry.exportId}>
            {t('school.exportRow', {
              study: entry.study,
              rows: entry.classes.reduce((sum, c) => sum + c.rows, 0),
              classes: entry.classes.length,
              date: entry.exportedAt ? new Date(entry.exportedAt).toLocaleDateString() : '–',
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
