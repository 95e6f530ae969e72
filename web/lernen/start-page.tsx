// What a pupil sees first: the teacher's open assignments with their progress (as stars), every
// topic to keep practising with the pupil's own progress on it (stars and "7 von 10 richtig"), and
// unread system messages (e.g. a blocked login abroad).
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { Link } from '../shared/router';
import { ErrorNote } from '../shared/ui';

const STARS = 5;

function Stars(props: { correct: number; attempts: number }) {
  const { t } = useTranslation();
  const filled = props.attempts === 0 ? 0 : Math.round((props.correct / props.attempts) * STARS);
  return (
    <span class="stars" role="img" aria-label={t('pupil.stars', { count: filled, max: STARS })}>
      {'★'.repeat(filled)}
      {'☆'.repeat(STARS - filled)}
    </span>
  );
}

// A topic to practise, with the pupil's own progress on it as a picture (stars) and in words.
function TopicTile(props: {
  topic: Answer<'GET /topics'>['topics'][number];
  progress: Answer<'GET /me/progress'>['topics'][number] | undefined;
}) {
  const { t } = useTranslation();
  const { attempts = 0, correct = 0 } = props.progress ?? {};
  return (
    <Link class="button quiet big topic-tile" to={`/lernen/aufgabe?topic=${props.topic.id}`}>
      <span class="topic-name">{props.topic.name}</span>
      <Stars correct={correct} attempts={attempts} />
      <span class="topic-progress">
        {attempts === 0 ? t('pupil.notPractised') : t('pupil.progress', { correct, attempts })}
      </span>
    </Link>
  );
}

function taskTypeTitle(topics: Answer<'GET /topics'>['topics'], templateId: string): string {
  for (const topic of topics) {
    const template = topic.templates.find((entry) => entry.id === templateId);
    if (template) return template.title;
  }
  return templateId;
}

export function StartPage(props: { unread: number }) {
  const { t, language } = useTranslation();
  const [assignments, setAssignments] = useState<Answer<'GET /me/assignments'>['assignments'] | null>(null);
  const [topics, setTopics] = useState<Answer<'GET /topics'>['topics']>([]);
  const [progress, setProgress] = useState<Answer<'GET /me/progress'>['topics']>([]);
  const [messages, setMessages] = useState<Answer<'GET /me/messages'>['messages']>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    Promise.all([request('GET /me/assignments'), request('GET /topics'), request('GET /me/progress')])
      .then(([mine, all, own]) => {
        setAssignments(mine.assignments);
        setTopics(all.topics);
        setProgress(own.topics);
      })
      .catch(setError);
  }, []);
  useEffect(() => {
    if (props.unread > 0)
      void request('GET /me/messages', { query: { lang: language } })
        .then((inbox) => setMessages(inbox.messages.filter((message) => !message.isRead)))
        .catch(setError);
  }, [props.unread, language]);
  const dateFormat = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', { day: 'numeric', month: 'long' });
  return (
    <>
      <ErrorNote error={error} />
      {messages.length > 0 ? (
        <section class="card" aria-labelledby="messages-title">
          <h2 id="messages-title">{t('pupil.messages', { count: messages.length })}</h2>
          <ul>
            {messages.map((message) => (
              <li key={message.id}>{message.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="assignments-title">
        <h2 id="assignments-title">{t('pupil.assignments')}</h2>
        {assignments === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : assignments.length === 0 ? (
          <p class="muted">{t('pupil.noAssignments')}</p>
        ) : (
          <div class="grid">
            {assignments.map((assignment) => (
              <div class="card" key={assignment.id}>
                <h3>{topics.find((topic) => topic.id === assignment.topic)?.name ?? assignment.topic}</h3>
                {assignment.templateId ? <p>{taskTypeTitle(topics, assignment.templateId)}</p> : null}
                <p class="muted">
                  {assignment.className}
                  {assignment.dueAt
                    ? ` · ${t('pupil.due', { date: dateFormat.format(new Date(assignment.dueAt)) })}`
                    : ''}
                </p>
                <Stars correct={assignment.correct} attempts={assignment.attempts} />
                <p class="muted">
                  {assignment.attempts === 0
                    ? t('pupil.notPractised')
                    : t('pupil.progress', { correct: assignment.correct, attempts: assignment.attempts })}
                </p>
                <Link class="button big" to={`/lernen/aufgabe?auftrag=${assignment.id}`}>
                  {t('pupil.start')}
                </Link>
              </div>
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="practise-title">
        <h2 id="practise-title">{t('pupil.practise')}</h2>
        <div class="grid">
          {topics.map((topic) => (
            <TopicTile key={topic.id} topic={topic} progress={progress.find((row) => row.topic === topic.id)} />
          ))}
        </div>
      </section>
    </>
  );
}
