// One study, for its researcher: what it is, a new export, the exports so far, the revocations.
import { useEffect, useState } from 'preact/hooks';
import { request } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { Link } from '../shared/router';
import { ErrorNote, Page, type PageLinks } from '../shared/ui';
import { ExportForm } from './export-form';
import { dateOf, statusKey, type Export, type Study } from './labels';
import { Revocations } from './revocations';
import { StudyFacts } from './study-facts';

export function StudyPage(props: { studyId: string; links: PageLinks }) {
  const { t } = useTranslation();
  const [study, setStudy] = useState<Study | null>(null);
  const [exports, setExports] = useState<Export[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    request('GET /research/studies')
      .then((answer) => setStudy(answer.studies.find((s) => s.id === props.studyId) ?? null))
      .catch(setError);
    request('GET /research/studies/:id/exports', { params: { id: props.studyId } })
      .then((answer) => setExports(answer.exports))
      .catch(setError);
  }, [props.studyId]);
  return (
    <Page title={study?.name ?? t('forschung.title')} links={props.links}>
      <ErrorNote error={error} />
      {study ? (
        <>
          <section class="card" aria-label={study.name}>
            <StudyFacts study={study} />
          </section>
          {study.isEnded ? null : <ExportForm study={study} />}
          <section class="card" aria-labelledby="exports-title">
            <h2 id="exports-title">{t('forschung.exports')}</h2>
            {exports.length === 0 ? <p class="muted">{t('forschung.noExports')}</p> : null}
            <ul class="plain">
              {exports.map((entry) => (
                <li key={entry.id}>
                  <Link class="link-row" to={`/forschung/export/${entry.id}`}>
                    {t('forschung.exportLink', {
                      date: dateOf(entry.createdAt),
                      status: t(statusKey(entry.status)),
                    })}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          <Revocations studyId={study.id} />
        </>
      ) : null}
    </Page>
  );
}
