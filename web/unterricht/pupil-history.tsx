// One pupil's attempts over time (newest first), for their teacher.
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation, type MessageKey } from '../shared/i18n';
import { Link } from '../shared/router';
import { ErrorNote, Page, type PageLinks } from '../shared/ui';

export function PupilHistory(props: { classId: string; pupilId: string; school?: string; links: PageLinks }) {
  const { t, language } = useTranslation();
  const [name, setName] = useState('');
  const [attempts, setAttempts] = useState<Answer<'GET /classes/:id/pupils/:pupilId/attempts'>['attempts'] | null>(
    null,
  );
  const [topics, setTopics] = useState<Answer<'GET /topics'>['topics']>([]);
  const [pictures, setPictures] = useState<Answer<'GET /topics'>['pictures']>({});
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const params = { id: props.classId, pupilId: props.pupilId };
    Promise.all([
      request('GET /classes/:id/pupils', { params: { id: props.classId } }),
      request('GET /classes/:id/pupils/:pupilId/attempts', { params }),
      request('GET /topics'),
    ])
      .then(([pupils, history, all]) => {
        setName(pupils.pupils.find((pupil) => pupil.pupilId === props.pupilId)?.username ?? '');
        setAttempts(history.attempts);
        setTopics(all.topics);
        setPictures(all.pictures);
      })
      .catch(setError);
  }, [props.classId, props.pupilId]);
  // The task type's title, and the picture it draws ("Zahl markieren (Zahlenstrahl)").
  const taskTypeText = (templateId: string) => {
    const title = topics.flatMap((topic) => topic.templates).find((template) => template.id === templateId)?.title;
    const picture = pictures[templateId];
    if (!title) return templateId;
    return picture ? `${title} (${t(`representation.${picture}` as MessageKey)})` : title;
  };
  const when = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <Page title={t('teacher.historyOf', { name })} school={props.school} links={props.links}>
      <p>
        <Link to={`/unterricht/klasse/${props.classId}`}>← {t('common.back')}</Link>
      </p>
      <ErrorNote error={error} />
      {attempts === null ? null : attempts.length === 0 ? (
        <p class="muted">{t('teacher.noAttempts')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('teacher.when')}</th>
              <th scope="col">{t('teacher.topic')}</th>
              <th scope="col">{t('teacher.taskType')}</th>
              <th scope="col">{t('teacher.result')}</th>
              <th scope="col">{t('teacher.duration')}</th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((attempt, index) => (
              <tr key={index}>
                <td>{attempt.submittedAt ? when.format(new Date(attempt.submittedAt)) : '–'}</td>
                <td>{topics.find((topic) => topic.id === attempt.topic)?.name ?? attempt.topic}</td>
                <td>{taskTypeText(attempt.templateId)}</td>
                <td>{attempt.result ? t(`teacher.result.${attempt.result}` as MessageKey) : '–'}</td>
                <td>{attempt.durationMs === null ? '–' : `${Math.round(attempt.durationMs / 1000)} s`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
