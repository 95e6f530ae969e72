// Assign work to a class: a topic, then optionally one task type of it (default: all of the topic's
// task types), and an optional due date. The task types come with GET /topics, never from the
// task generators (those stay on the server).
import { useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';

type Topics = Answer<'GET /topics'>['topics'];
type Run = (work: () => Promise<unknown>) => (event?: Event) => Promise<void>;

export function AssignmentForm(props: {
  classId: string;
  topics: Topics;
  isBusy: boolean;
  run: Run;
  onAssigned: () => void;
}) {
  const { t } = useTranslation();
  const [topicId, setTopicId] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [dueAt, setDueAt] = useState('');
  const topic = props.topics.find((entry) => entry.id === topicId) ?? props.topics[0];

  const assign = props.run(async () => {
    if (!topic) return;
    await request('POST /classes/:id/assignments', {
      params: { id: props.classId },
      body: {
        ...(templateId ? { templateId } : { topic: topic.id }),
        ...(dueAt ? { dueAt: new Date(`${dueAt}T23:59:00`).toISOString() } : {}),
      },
    });
    props.onAssigned();
  });

  return (
    <form class="card" onSubmit={assign} aria-labelledby="assign-title">
      <h2 id="assign-title">{t('teacher.assign')}</h2>
      <label for="assign-topic">{t('teacher.topic')}</label>
      <select
        id="assign-topic"
        value={topic?.id ?? ''}
        onChange={(e) => {
          setTopicId((e.target as HTMLSelectElement).value);
          setTemplateId('');
        }}
      >
        {props.topics.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.name}
          </option>
        ))}
      </select>
      <label for="assign-template">{t('teacher.taskType')}</label>
      <select
        id="assign-template"
        value={templateId}
        onChange={(e) => setTemplateId((e.target as HTMLSelectElement).value)}
      >
        <option value="">{t('teacher.allTaskTypes')}</option>
        {topic?.templates.map((template) => (
          <option key={template.id} value={template.id}>
            {template.title}
          </option>
        ))}
      </select>
      <label for="assign-due">{t('teacher.dueAt')}</label>
      <input
        id="assign-due"
        type="date"
        value={dueAt}
        onInput={(e) => setDueAt((e.target as HTMLInputElement).value)}
      />
      <p>
        <button type="submit" class="button" disabled={props.isBusy}>
          {t('teacher.assign')}
        </button>
      </p>
    </form>
  );
}
