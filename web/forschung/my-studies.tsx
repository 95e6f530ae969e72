// A researcher's studies: each with its range, k, time variable and who takes part; opens the study.
import { useEffect, useState } from 'preact/hooks';
import { request } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { Link } from '../shared/router';
import { ErrorNote } from '../shared/ui';
import { StudyFacts } from './study-facts';
import type { Study } from './labels';

export function MyStudies() {
  const { t } = useTranslation();
  const [studies, setStudies] = useState<Study[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    request('GET /research/studies')
      .then((answer) => setStudies(answer.studies))
      .catch(setError);
  }, []);
  return (
    <section aria-labelledby="my-studies-title">
      <h2 id="my-studies-title">{t('forschung.myStudies')}</h2>
      <ErrorNote error={error} />
      {studies?.length === 0 ? <p class="muted">{t('forschung.noStudies')}</p> : null}
      {(studies ?? []).map((study) => (
        <article key={study.id} class="card" aria-labelledby={`study-${study.id}`}>
          <h3 id={`study-${study.id}`}>{study.name}</h3>
          <StudyFacts study={study} />
          <Link class="button" to={`/forschung/studie/${study.id}`}>
            {t('forschung.open', { name: study.name })}
          </Link>
        </article>
      ))}
    </section>
  );
}
