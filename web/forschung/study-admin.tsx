// A platform admin's studies: set one up, see every study, end one (its key is destroyed, after a
// confirmation that says so).
import { useEffect, useState } from 'preact/hooks';
import { request } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { ErrorNote, Notice } from '../shared/ui';
import { useAction } from '../shared/use-action';
import type { Study } from './labels';
import { NewStudyForm } from './new-study-form';
import { StudyFacts } from './study-facts';

const SHOWN = 10;

export function StudyAdmin() {
  const { t } = useTranslation();
  const [studies, setStudies] = useState<Study[]>([]);
  const [filter, setFilter] = useState('');
  const { isBusy, error, setError, notice, setNotice, run } = useAction();
  const load = () =>
    request('GET /research/studies')
      .then((answer) => setStudies(answer.studies))
      .catch(setError);
  useEffect(() => void load(), []);
  const end = (study: Study) =>
    run(async () => {
      if (!confirm(t('forschung.endConfirm', { name: study.name }))) return;
      await request('POST /research/studies/:id/end', { params: { id: study.id } });
      setNotice(t('forschung.endedNotice', { name: study.name }));
      await load();
    });
  // Newest first; a long list is narrowed by name rather than shown whole.
  const matches = studies.filter((study) => study.name.toLowerCase().includes(filter.trim().toLowerCase()));
  const shown = matches.slice(0, SHOWN);
  return (
    <>
      <NewStudyForm onCreated={() => void load()} />
      <section aria-labelledby="all-studies-title">
        <h2 id="all-studies-title">{t('forschung.allStudies')}</h2>
        <ErrorNote error={error} />
        <Notice text={notice} />
        <label for="studies-filter">{t('forschung.filter', { what: t('forschung.allStudies') })}</label>
        <input
          id="studies-filter"
          type="search"
          autocomplete="off"
          value={filter}
          onInput={(e) => setFilter(e.currentTarget.value)}
        />
        {shown.length === 0 ? <p class="muted">{t('forschung.noMatch')}</p> : null}
        {shown.map((study) => (
          <article key={study.id} class="card" data-study={study.name} aria-labelledby={`admin-study-${study.id}`}>
            <h3 id={`admin-study-${study.id}`}>{study.name}</h3>
            <StudyFacts study={study} />
            {study.isEnded ? null : (
              <button type="button" class="button quiet danger" disabled={isBusy} onClick={end(study)}>
                {t('forschung.end', { name: study.name })}
              </button>
            )}
          </article>
        ))}
        {matches.length > shown.length ? (
          <p class="muted">{t('forschung.moreMatches', { count: matches.length - shown.length })}</p>
        ) : null}
      </section>
    </>
  );
}
