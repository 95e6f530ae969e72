// Who has done what was assigned (a topic, or one task type of it): per assignment, each pupil's
// tasks and correct answers.
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';

export function AssignmentProgress(props: {
  classId: string;
  topicName: (id: string) => string;
  taskTypeName: (templateId: string) => string;
  version: number;
}) {
  const { t } = useTranslation();
  const [assignments, setAssignments] = useState<Answer<'GET /classes/:id/assignments'>['assignments']>([]);
  useEffect(() => {
    void request('GET /classes/:id/assignments', { params: { id: props.classId } }).then((answer) =>
      setAssignments(answer.assignments),
    );
  }, [props.classId, props.version]);
  return (
    <section class="card" aria-labelledby="assignments-title">
      <h2 id="assignments-title">{t('teacher.assignments')}</h2>
      {assignments.length === 0 ? <p class="muted">{t('teacher.noAssignments')}</p> : null}
      {assignments.map((assignment) => {
        const started = assignment.pupils.filter((pupil) => pupil.attempts > 0).length;
        return (
          <details key={assignment.id} data-assignment={assignment.id}>
            <summary>
              {props.topicName(assignment.topic)}
              {assignment.templateId ? `: ${props.taskTypeName(assignment.templateId)}` : ''} ·{' '}
              {t('teacher.doneBy', { done: started, total: assignment.pupils.length })}
            </summary>
            <ul>
              {assignment.pupils.map((pupil) => (
                <li key={pupil.pupilId}>
                  {pupil.username}:{' '}
                  {pupil.attempts === 0
                    ? t('teacher.noAttempts')
                    : t('teacher.cell', { correct: pupil.correct, attempts: pupil.attempts })}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
